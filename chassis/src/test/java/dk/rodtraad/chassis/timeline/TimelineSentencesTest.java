package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every event type on a child's timeline reads as a Danish sentence, with contracts' example payloads and with every
 * code its schema allows: no type, no code, no id, no placeholder left in it. The sentences come from the chassis's
 * message bundle, so this runs in the chassis's Quarkus application.
 */
@QuarkusTest
class TimelineSentencesTest {

    /**
     * The timeline types, written out: those on the {@code timeline} channel's topics. A new type on one of them fails
     * {@link #theTimelineTypesAreTheTypesOfTheTimelineChannelsTopics} until it is listed here, and then
     * {@link #everyTimelineTypeReadsAsASentence} until it has a sentence. Every other type (the catalogue's, who may see
     * a child, the audit, the authority's restricted topic) never reaches a timeline and needs none.
     */
    private static final Set<EventType> TIMELINE_TYPES = EnumSet.of(EventType.CONCERN_RAISED_V1,
            EventType.CONCERN_RAISED_V2, EventType.CONCERN_REASSESSED_V1, EventType.TOVHOLDER_NAMED_V1,
            EventType.TOVHOLDER_HANDED_OVER_V1, EventType.CONSULTATION_LINKED_V1, EventType.COLLEAGUE_INVOLVED_V1,
            EventType.CHILD_NOTIFIED_V1, EventType.NOTIFICATION_URGENCY_ASSESSED_V1,
            EventType.NOTIFICATION_RECEIPT_SENT_V1, EventType.NOTIFICATION_OUTCOME_DECIDED_V1,
            EventType.COURSE_STARTED_V1, EventType.RESPONSIBILITY_HANDED_OVER_V1, EventType.CORE_TEAM_CHANGED_V1,
            EventType.NETWORK_PARTICIPANT_CONSENTED_V1, EventType.NETWORK_PARTICIPANT_WITHDRAWN_V1,
            EventType.MEETING_SCHEDULED_V1, EventType.MEETING_MOVED_V1, EventType.MEETING_CANCELLED_V1,
            EventType.MEETING_HELD_V1, EventType.AGREEMENT_MADE_V1, EventType.AGREEMENT_FOLLOWED_UP_V1,
            EventType.COURSE_CLOSED_V1, EventType.PLAN_STARTED_V1, EventType.GOAL_SET_V1,
            EventType.SESSION_SCORED_V1, EventType.ALERT_RAISED_V1, EventType.GOAL_EVALUATED_V1,
            EventType.PLAN_ENDED_V1);

    /** Codes that are Danish words as they stand, so a sentence may say them (e.g. "… som akut", "i hjemmet"). */
    private static final Set<String> CODES_THAT_ARE_WORDS = Set.of("akut", "overgreb", "hjemmet", "andet",
            "sundhedsplejerske", "klubmedarbejder", "fagperson", "barnet", "mor", "far", "bedstemor", "bedstefar",
            "ven", "nabo", "frivillig", "online", "samtale", "tegning", "observation", "droppet", "anden", "delvist",
            "fremgang", "tilbagegang", "grå", "grøn", "orange", "rød");

    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = ExamplePayloads.JSON;

    @Inject
    TimelineSentences sentences;

    @Inject
    TimelineMessages msg;

    @ConfigProperty(name = "mp.messaging.incoming.timeline.topics")
    List<String> timelineTopics;

    static Stream<EventType> timelineTypes() {
        return TIMELINE_TYPES.stream();
    }

    @Test
    void theTimelineTypesAreTheTypesOfTheTimelineChannelsTopics() {
        assertEquals(TimelineSentences.TIMELINE_TOPICS, Set.copyOf(timelineTopics));
        assertEquals(Set.of(Topics.CONCERN_EVENTS, Topics.NETWORK_MEETING_EVENTS, Topics.FOLLOWUP_EVENTS),
                TimelineSentences.TIMELINE_TOPICS);
        assertEquals(TIMELINE_TYPES, Arrays.stream(EventType.values())
                .filter(type -> TimelineSentences.TIMELINE_TOPICS.contains(type.topic()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class))));
    }

    @ParameterizedTest
    @MethodSource("timelineTypes")
    void everyTimelineTypeReadsAsASentence(EventType type) throws IOException {
        String payload = ExamplePayloads.json(type);
        String sentence = sentences.sentence(type.type(), payload);

        assertNotEquals(msg.unknown(), sentence, type + " has no sentence of its own");
        assertInWords(sentence, JSON.readTree(payload));
    }

    /** Each value of each coded field (level, setting, ground, urgency, outcome, discipline) has its Danish words. */
    @ParameterizedTest
    @MethodSource("timelineTypes")
    void everyCodeOfEveryTimelineTypeReadsInWords(EventType type) throws IOException {
        var example = (ObjectNode) JSON.readTree(ExamplePayloads.json(type));
        for (var coded : codedFields(type)) {
            for (JsonNode code : coded.codes()) {
                var payload = example.deepCopy();
                payload.set(coded.field(), code);
                String sentence = sentences.sentence(type.type(), JSON.writeValueAsString(payload));
                assertInWords(sentence, payload);
                assertFalse(sentence.contains("ikke kendes her"),
                        () -> type + ": " + coded.field() + " " + code + " has no Danish words: " + sentence);
            }
        }
        if (example.has("acute")) {
            for (boolean acute : new boolean[] {true, false}) {
                var payload = example.deepCopy().put("acute", acute);
                assertEquals(acute, sentences.sentence(type.type(), JSON.writeValueAsString(payload))
                        .contains("akut"), type + " says whether the concern is acute");
            }
        }
    }

    @Test
    void aTypeThisVersionDoesNotKnowReadsNeutrallyNeverAsItsType() {
        String future = sentences.sentence("dk.rodtraad.network-meeting.a-kind-these-contracts-do-not-know.v1", "{\"childId\":\"x\"}");
        assertEquals("En hændelse, som denne udgave af Rød Tråd endnu ikke kan beskrive.", future);
        assertEquals(future, sentences.sentence(EventType.CONCERN_RAISED_V2.type(), "not json"));
        assertEquals(future, sentences.sentence(EventType.CONCERN_RAISED_V2.type(),
                "{\"level\":\"yellow\",\"observedOn\":\"sidste tirsdag\"}"));
    }

    @Test
    void anUnknownCodeReadsAsUnknownNotAsTheCode() {
        String sentence = sentences.sentence(EventType.NOTIFICATION_OUTCOME_DECIDED_V1.type(),
                "{\"outcome\":\"anbringelse-uden-samtykke\"}");
        assertEquals("Myndigheden besluttede, hvad der skal ske efter underretningen: en afgørelse, der ikke kendes her.",
                sentence);
    }

    @Test
    void aRaisedConcernSaysLevelPlaceDateSignsAndAcuteInDanish() {
        assertEquals("En fagperson registrerede en bekymring: gul (øget opmærksomhed), set i skolen den 20. november 2026"
                        + " (2 tegn). Markeret som akut: akut fare eller mistanke om overgreb.",
                sentences.sentence(EventType.CONCERN_RAISED_V2.type(), "{\"level\":\"yellow\",\"acute\":true,"
                        + "\"signs\":[\"isolation\",\"angst\"],\"setting\":\"skole\",\"observedOn\":\"2026-11-20\"}"));
        assertEquals("Tovholderopgaven blev overdraget fra en lærer til en sundhedsplejerske.",
                sentences.sentence(EventType.TOVHOLDER_HANDED_OVER_V1.type(),
                        ExamplePayloads.json(EventType.TOVHOLDER_HANDED_OVER_V1)));
        assertEquals("Myndigheden besluttede, hvad der skal ske efter underretningen: børnefaglig undersøgelse (§ 20).",
                sentences.sentence(EventType.NOTIFICATION_OUTCOME_DECIDED_V1.type(),
                        ExamplePayloads.json(EventType.NOTIFICATION_OUTCOME_DECIDED_V1)));
    }

    @Test
    void aNetworkMeetingCourseReadsInDanishByRoleNeverByName() {
        assertEquals("Forløbets kerneteam blev ændret: en lærer kom med, en pædagog gik ud. Kerneteamet er nu en"
                        + " sundhedsplejerske og en lærer.",
                sentences.sentence(EventType.CORE_TEAM_CHANGED_V1.type(), ExamplePayloads.json(EventType.CORE_TEAM_CHANGED_V1)));
        assertEquals("Forløbets kerneteam blev ændret: en pædagog gik ud. Kerneteamet er nu en sundhedsplejerske.",
                sentences.sentence(EventType.CORE_TEAM_CHANGED_V1.type(), "{\"joined\":[],\"left\":[\"paedagog\"],"
                        + "\"coreTeam\":[\"sundhedsplejerske\"]}"));
        assertEquals("Et netværksmøde blev planlagt til den 5. december 2026 kl. 09.00 i hjemmet. Det er forløbets første"
                        + " møde.",
                sentences.sentence(EventType.MEETING_SCHEDULED_V1.type(), ExamplePayloads.json(EventType.MEETING_SCHEDULED_V1)));
        assertEquals("Et netværksmøde blev holdt i dagtilbuddet den 5. december 2026 kl. 15.00 med 5 deltagere. Referatet"
                        + " rummer 4 perspektiver, også barnets egen stemme, hørt ved en tegning. 2 nye aftaler, 0 aftaler"
                        + " fulgt op, 1 åbne spørgsmål.",
                sentences.sentence(EventType.MEETING_HELD_V1.type(), ExamplePayloads.json(EventType.MEETING_HELD_V1)));
        assertEquals("Der blev indgået en aftale, som en pædagog står for, med frist den 19. december 2026. Aftalen"
                        + " henviser til en indsats i kataloget.",
                sentences.sentence(EventType.AGREEMENT_MADE_V1.type(), ExamplePayloads.json(EventType.AGREEMENT_MADE_V1)));
    }

    @Test
    void aFollowupPlanReadsAsTrendAndColourNeverAsScores() {
        assertEquals("FIT: ingen fremgang efter 4 sessioner. Session 4 den 1. februar 2027 viser rød.",
                sentences.sentence(EventType.SESSION_SCORED_V1.type(), ExamplePayloads.json(EventType.SESSION_SCORED_V1)));
        assertEquals("FIT: fremgang. Session 5 den 8. februar 2027 viser grøn, målt mod kommunens egne afsluttede"
                        + " indsatser.",
                sentences.sentence(EventType.SESSION_SCORED_V1.type(), "{\"number\":5,\"heldOn\":\"2027-02-08\","
                        + "\"colour\":\"grøn\",\"trend\":\"fremgang\",\"expectationRule\":\"kommunens-data\"}"));
        assertEquals("FIT gav en rød advarsel til den ansvarlige fagperson og tovholderen. Overvej at tale med familien"
                        + " om samarbejdet og at justere indsatsen.",
                sentences.sentence(EventType.ALERT_RAISED_V1.type(), ExamplePayloads.json(EventType.ALERT_RAISED_V1)));
        assertEquals("En pædagog startede en indsatsplan med en indsats fra kataloget fra den 4. januar 2027 med 3 mål."
                        + " Første opfølgning er den 15. februar 2027.",
                sentences.sentence(EventType.PLAN_STARTED_V1.type(), ExamplePayloads.json(EventType.PLAN_STARTED_V1)));
        assertEquals("Indsatsplanen blev afsluttet den 5. april 2027 efter 9 sessioner: indsatsen er gennemført.",
                sentences.sentence(EventType.PLAN_ENDED_V1.type(), ExamplePayloads.json(EventType.PLAN_ENDED_V1)));
    }

    private static void assertInWords(String sentence, JsonNode payload) {
        assertNotNull(sentence);
        assertFalse(sentence.isBlank(), "an empty sentence");
        for (String leak : List.of("{", "}", "dk.rodtraad", "null", "_")) {
            assertFalse(sentence.contains(leak), () -> "'" + leak + "' in: " + sentence);
        }
        assertFalse(UUID_LIKE.matcher(sentence).find(), () -> "an id in: " + sentence);
        assertFalse(ISO_DATE.matcher(sentence).find(), () -> "an ISO date in: " + sentence);
        for (String value : textValues(payload)) {
            if (!CODES_THAT_ARE_WORDS.contains(value) && Pattern.compile(
                    "(?<![\\p{L}\\p{N}-])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}-])").matcher(sentence).find()) {
                fail("the code '" + value + "' in: " + sentence);
            }
        }
    }

    private static List<String> textValues(JsonNode node) {
        var values = new ArrayList<String>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> values.addAll(textValues(child)));
        return values;
    }

    private record CodedField(String field, JsonNode codes) {
    }

    /** The type's top-level fields whose schema lists the allowed values ({@code enum}). */
    private static List<CodedField> codedFields(EventType type) throws IOException {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, type.schemaResource());
            var coded = new ArrayList<CodedField>();
            JSON.readTree(in).path("properties").properties().forEach(property -> {
                if (property.getValue().has("enum")) {
                    coded.add(new CodedField(property.getKey(), property.getValue().get("enum")));
                }
            });
            return coded;
        }
    }
}
