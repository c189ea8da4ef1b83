package dk.rodtraad.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import dk.rodtraad.contracts.catalogue.VejviserPublishedV1;
import dk.rodtraad.contracts.concern.ChildNotifiedV1;
import dk.rodtraad.contracts.concern.ColleagueInvolvedV1;
import dk.rodtraad.contracts.concern.ConcernRaisedV1;
import dk.rodtraad.contracts.concern.ConcernRaisedV2;
import dk.rodtraad.contracts.concern.ConcernReassessedV1;
import dk.rodtraad.contracts.concern.ConsultationLinkedV1;
import dk.rodtraad.contracts.concern.NotificationOutcomeDecidedV1;
import dk.rodtraad.contracts.concern.NotificationReceiptSentV1;
import dk.rodtraad.contracts.concern.NotificationReceivedV1;
import dk.rodtraad.contracts.concern.NotificationUrgencyAssessedV1;
import dk.rodtraad.contracts.concern.TovholderHandedOverV1;
import dk.rodtraad.contracts.concern.TovholderNamedV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Each event type has a schema, and the payload record, serialised as the services do, satisfies it. */
class EventSchemasMatchPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One realistic payload per event type; a new type without an example fails {@link #everyTypeHasAnExample}. */
    private static final InterventionV1 INTERVENTION = new InterventionV1(UUID.randomUUID(), "cool-kids-ppr", 3,
            "offentliggjort", "Cool Kids – angstgruppe", "Et forløb for børn, der er meget ængstelige.", 7, 12,
            List.of("angst"), "netvaerksgruppe", "sekundaer", 3, "PPR", "specialpaedagogik",
            "Folkeskoleloven § 12", "Cool Kids", "evidensbaseret", "henvisning", 6,
            Instant.parse("2026-11-24T09:15:00Z"));

    private static final Map<EventType, Object> EXAMPLES = Map.ofEntries(
            Map.entry(EventType.CONCERN_RAISED_V1, new ConcernRaisedV1(UUID.randomUUID(), UUID.randomUUID(), "yellow", "skole",
                    LocalDate.of(2026, 11, 20), Instant.parse("2026-11-24T09:15:00.123456Z"))),
            Map.entry(EventType.CONCERN_RAISED_V2, new ConcernRaisedV2(UUID.randomUUID(), UUID.randomUUID(), "yellow",
                    false, List.of("isolation"), 1, "skole", LocalDate.of(2026, 11, 20),
                    Instant.parse("2026-11-24T09:15:00.123456Z"))),
            Map.entry(EventType.TAXONOMY_PUBLISHED_V1, new TaxonomyPublishedV1(UUID.randomUUID(), 1,
                    Instant.parse("2026-11-24T09:15:00Z"),
                    List.of(new TaxonomyPublishedV1.SignGroup("social", "Sociale relationer", List.of(
                            new TaxonomyPublishedV1.Sign("isolation", "Isolerer sig", "Trækker sig fra fællesskabet.", 3, 18)))),
                    List.of(new TaxonomyPublishedV1.ScaleLevel("green", "Grøn", "Trives", "Fortsæt som hidtil."),
                            new TaxonomyPublishedV1.ScaleLevel("yellow", "Gul", "Øget opmærksomhed", "Tal med forældrene."),
                            new TaxonomyPublishedV1.ScaleLevel("red", "Rød", "Alvorlig bekymring", "Overvej underretning.")),
                    new TaxonomyPublishedV1.AcuteFlag("Akut", "Kontakt myndighed straks."))),
            Map.entry(EventType.VEJVISER_PUBLISHED_V1, new VejviserPublishedV1(UUID.randomUUID(), 2, 1,
                    Instant.parse("2026-11-24T09:15:00Z"), List.of(new VejviserPublishedV1.Entry("angst", "yellow",
                    "Barnet undgår situationer.", "Tal med forældrene.", "Pædagog, PPR", "Forældrene kan øve små skridt.",
                    List.of("cool-kids-ppr"))))),
            Map.entry(EventType.INTERVENTION_PUBLISHED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_CHANGED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_PAUSED_V1, INTERVENTION),
            Map.entry(EventType.INTERVENTION_RETIRED_V1, INTERVENTION),
            Map.entry(EventType.CONCERN_REASSESSED_V1, new ConcernReassessedV1(UUID.randomUUID(), UUID.randomUUID(),
                    "red", true, List.of("isolation", "mistanke-om-vold"), 2, Instant.parse("2026-11-25T10:00:00.5Z"))),
            Map.entry(EventType.TOVHOLDER_NAMED_V1, new TovholderNamedV1(UUID.randomUUID(), "laerer",
                    Instant.parse("2026-11-25T10:00:00Z"))),
            Map.entry(EventType.TOVHOLDER_HANDED_OVER_V1, new TovholderHandedOverV1(UUID.randomUUID(), "laerer",
                    "sundhedsplejerske", Instant.parse("2026-11-26T08:30:00Z"))),
            Map.entry(EventType.CONSULTATION_LINKED_V1, new ConsultationLinkedV1(UUID.randomUUID(), UUID.randomUUID(),
                    Instant.parse("2026-11-20T13:00:00Z"), Instant.parse("2026-11-26T09:45:00.25Z"))),
            Map.entry(EventType.COLLEAGUE_INVOLVED_V1, new ColleagueInvolvedV1(UUID.randomUUID(), "paedagog",
                    Instant.parse("2026-11-26T11:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_RECEIVED_V1, notificationReceived(false, "Barnet har fortalt om slag derhjemme.")),
            Map.entry(EventType.CHILD_NOTIFIED_V1, new ChildNotifiedV1(UUID.randomUUID(), UUID.randomUUID(), "overgreb",
                    Instant.parse("2026-11-26T10:15:00.5Z"))),
            Map.entry(EventType.NOTIFICATION_URGENCY_ASSESSED_V1, new NotificationUrgencyAssessedV1(UUID.randomUUID(),
                    UUID.randomUUID(), "akut", Instant.parse("2026-11-26T14:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_RECEIPT_SENT_V1, new NotificationReceiptSentV1(UUID.randomUUID(),
                    UUID.randomUUID(), Instant.parse("2026-11-27T09:00:00Z"))),
            Map.entry(EventType.NOTIFICATION_OUTCOME_DECIDED_V1, new NotificationOutcomeDecidedV1(UUID.randomUUID(),
                    UUID.randomUUID(), "boernefaglig-undersoegelse", Instant.parse("2026-12-02T11:30:00Z"))),
            Map.entry(EventType.CHILD_ACCESS_GRANTED_V1, new ChildAccessGrantedV1(UUID.randomUUID(),
                    ChildAccessGrantedV1.FAGPERSON, "peter", "paedagog", "samtykke", Instant.parse("2026-12-01T10:00:00Z"))),
            Map.entry(EventType.CHILD_ACCESS_REVOKED_V1, new ChildAccessRevokedV1(UUID.randomUUID(), "peter", "fjernet",
                    Instant.parse("2026-12-01T11:00:00Z"))),
            Map.entry(EventType.CHILD_DATA_USED_V1, new ChildDataUsedV1(UUID.randomUUID(),
                    Instant.parse("2026-12-01T11:00:00Z"), "followup-service", "READ", "timeline",
                    "Barnets tidslinje vist", "fagperson", "laerer", 200)));

    private static NotificationReceivedV1 notificationReceived(boolean parentsInformed, String parentsNotInformedWhy) {
        return new NotificationReceivedV1(UUID.randomUUID(),
                new NotificationReceivedV1.Child(UUID.randomUUID(), "010120-1234", "Emma Jensen"), UUID.randomUUID(),
                "overgreb", "Emma fortæller, at hun bliver slået.", parentsInformed, parentsNotInformedWhy,
                new NotificationReceivedV1.Notifier("lise", "laerer"), Instant.parse("2026-11-26T10:15:00.5Z"),
                Instant.parse("2026-11-27T10:15:00.5Z"), LocalDate.of(2026, 12, 4));
    }

    @Test
    void everyTypeHasAnExample() {
        assertEquals(Set.of(EventType.values()), EXAMPLES.keySet());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void thePayloadRecordSatisfiesItsSchema(EventType type) throws Exception {
        assertEquals(Set.of(), schemaOf(type).validate(JSON.valueToTree(EXAMPLES.get(type))));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaRefusesUnknownFieldsSoNoCprCanSlipIn(EventType type) throws Exception {
        var payload = JSON.valueToTree(EXAMPLES.get(type));
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload).put("cpr", "010120-1234");
        Set<ValidationMessage> errors = schemaOf(type).validate(payload);
        assertFalse(errors.isEmpty());
    }

    @Test
    void aPublishedScaleHasExactlyTheThreeLevels() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(EXAMPLES.get(EventType.TAXONOMY_PUBLISHED_V1));
        ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("scale")).remove(2);
        assertFalse(schemaOf(EventType.TAXONOMY_PUBLISHED_V1).validate(payload).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"CONCERN_RAISED_V1", "CONCERN_RAISED_V2", "CONCERN_REASSESSED_V1"})
    void theConcernScaleHasExactlyThreeLevels(EventType type) throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(EXAMPLES.get(type));
        payload.put("level", "orange");
        assertFalse(schemaOf(type).validate(payload).isEmpty());
    }

    @Test
    void aRaisedConcernNamesAtLeastOneSign() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(EXAMPLES.get(EventType.CONCERN_RAISED_V2));
        payload.putArray("signs");
        assertFalse(schemaOf(EventType.CONCERN_RAISED_V2).validate(payload).isEmpty());
    }

    @Test
    void aNotificationSaysWhyTheParentsWereNotInformedAndOnlyThen() throws Exception {
        var schema = schemaOf(EventType.NOTIFICATION_RECEIVED_V1);
        assertFalse(schema.validate(JSON.valueToTree(notificationReceived(false, null))).isEmpty());
        assertFalse(schema.validate(JSON.valueToTree(notificationReceived(true, "Mistanke om vold."))).isEmpty());
        assertEquals(Set.of(), schema.validate(JSON.valueToTree(notificationReceived(true, null))));
    }

    @Test
    void anAccessGrantNamesTheProfessionalAndOnlyTheAuthorityUnitGoesUnnamed() throws Exception {
        var schema = schemaOf(EventType.CHILD_ACCESS_GRANTED_V1);
        var child = UUID.randomUUID();
        var at = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(Set.of(), schema.validate(JSON.valueToTree(new ChildAccessGrantedV1(child,
                ChildAccessGrantedV1.MYNDIGHED, null, null, "underretning", at))));
        assertFalse(schema.validate(JSON.valueToTree(new ChildAccessGrantedV1(child,
                ChildAccessGrantedV1.FAGPERSON, null, null, "samtykke", at))).isEmpty());
        assertFalse(schema.validate(JSON.valueToTree(new ChildAccessGrantedV1(child,
                ChildAccessGrantedV1.FAGPERSON, "peter", "myndighed", "samtykke", at))).isEmpty());
    }

    @Test
    void onlyTheAuthorityTopicCarriesTheNotificationWithCpr() {
        assertEquals(List.of(EventType.NOTIFICATION_RECEIVED_V1), java.util.Arrays.stream(EventType.values())
                .filter(type -> type.topic().equals(Topics.AUTHORITY_NOTIFICATIONS)).toList());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeTravelsOnAKnownTopic(EventType type) {
        assertNotNull(type.topic());
        assertEquals(true, Topics.all().contains(type.topic()));
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "schema " + type.schemaResource());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
