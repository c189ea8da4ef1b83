package dk.rodtraad.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event type has a schema, and the payload record, serialised as the services do, satisfies it. */
class EventSchemasMatchPayloadsTest {

    private static final ObjectMapper JSON = ExamplePayloads.JSON;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /**
     * Every schema is a type's: a schema without one would be a contract that no service sends and no wire test
     * (system-tests' EveryEventTypeOnTheWireIT, which asks for every type) checks.
     */
    @Test
    void everySchemaIsTheSchemaOfAType() throws Exception {
        Set<String> schemas;
        try (var files = Files.list(Path.of(EventType.class.getResource("/schemas").toURI()))) {
            // The events' schemas; the analysts' records have theirs in analytics/ (AnalyticsRecordsTest).
            schemas = files.filter(Files::isRegularFile).map(file -> "/schemas/" + file.getFileName())
                    .collect(Collectors.toSet());
        }
        assertEquals(schemas, Arrays.stream(EventType.values()).map(EventType::schemaResource).collect(Collectors.toSet()));
    }

    @Test
    void everyTypeHasAnExample() {
        assertEquals(Set.of(EventType.values()), ExamplePayloads.BY_TYPE.keySet());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void thePayloadRecordSatisfiesItsSchema(EventType type) throws Exception {
        assertEquals(List.of(), schemaOf(type).validate(JSON.valueToTree(ExamplePayloads.of(type))));
    }

    /**
     * Consumers ignore unknown fields, so the published schema allows them: an optional field a producer adds later
     * breaks no consumer. (A producer's own tests refuse undeclared fields: testkit's {@code EventSchemas}.)
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaAllowsAFieldAddedLaterSoNoConsumerBreaks(EventType type) throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(ExamplePayloads.of(type));
        payload.put("addedLater", "an optional field of a later minor version");
        assertEquals(List.of(), schemaOf(type).validate(payload));
    }

    @Test
    void aDateThatIsNoDateBreaksTheSchema() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(ExamplePayloads.of(EventType.CONCERN_RAISED_V2));
        payload.put("observedOn", "2026-13-40");
        assertFalse(schemaOf(EventType.CONCERN_RAISED_V2).validate(payload).isEmpty());
    }

    @Test
    void aPublishedScaleHasExactlyTheThreeLevels() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(ExamplePayloads.of(EventType.TAXONOMY_PUBLISHED_V1));
        ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("scale")).remove(2);
        assertFalse(schemaOf(EventType.TAXONOMY_PUBLISHED_V1).validate(payload).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"CONCERN_RAISED_V1", "CONCERN_RAISED_V2", "CONCERN_REASSESSED_V1"})
    void theConcernScaleHasExactlyThreeLevels(EventType type) throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(ExamplePayloads.of(type));
        payload.put("level", "orange");
        assertFalse(schemaOf(type).validate(payload).isEmpty());
    }

    @Test
    void aRaisedConcernNamesAtLeastOneSign() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(ExamplePayloads.of(EventType.CONCERN_RAISED_V2));
        payload.putArray("signs");
        assertFalse(schemaOf(EventType.CONCERN_RAISED_V2).validate(payload).isEmpty());
    }

    @Test
    void aNotificationSaysWhyTheParentsWereNotInformedAndOnlyThen() throws Exception {
        var schema = schemaOf(EventType.NOTIFICATION_RECEIVED_V1);
        assertFalse(schema.validate(JSON.valueToTree(ExamplePayloads.notificationReceived(false, null))).isEmpty());
        assertFalse(schema.validate(JSON.valueToTree(ExamplePayloads.notificationReceived(true, "Mistanke om vold."))).isEmpty());
        assertEquals(List.of(), schema.validate(JSON.valueToTree(ExamplePayloads.notificationReceived(true, null))));
    }

    @Test
    void anAccessGrantNamesTheProfessionalAndOnlyTheAuthorityUnitGoesUnnamed() throws Exception {
        var schema = schemaOf(EventType.CHILD_ACCESS_GRANTED_V1);
        var child = UUID.randomUUID();
        var at = Instant.parse("2026-12-01T10:00:00Z");
        assertEquals(List.of(), schema.validate(JSON.valueToTree(new ChildAccessGrantedV1(child,
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

    /**
     * A username leads to a person: it travels only on the topics that only the services (the access topic) or the
     * authority (its notifications) read, never on a timeline's topic, which every replica and later the analysts
     * read. The tovholder is named by discipline on the timeline and by username on the access topic.
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void aUsernameTravelsOnlyOnTheRestrictedTopics(EventType type) throws Exception {
        boolean namesAUser;
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            namesAUser = JSON.readTree(in).findParent("username") != null;
        }
        if (namesAUser) {
            assertTrue(Set.of(Topics.CHILD_ACCESS, Topics.AUTHORITY_NOTIFICATIONS).contains(type.topic()),
                    type + " names a user on " + type.topic());
        }
    }

    /** The {@code dataschema} every event of the type carries is the id its schema is published under. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void theDataSchemaOfATypeIsTheIdOfItsSchema(EventType type) throws Exception {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertEquals(JSON.readTree(in).path("$id").asText(), type.dataSchema().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachTypeTravelsOnAKnownTopic(EventType type) {
        assertNotNull(type.topic());
        assertEquals(true, Topics.all().contains(type.topic()));
    }

    private static Schema schemaOf(EventType type) throws Exception {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "schema " + type.schemaResource());
            return REGISTRY.getSchema(JSON.readTree(in));
        }
    }
}
