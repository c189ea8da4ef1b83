package dk.rodtraad.testkit.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer's test refuses a field its contract does not name, although the published schemas allow it, and a value
 * that is not of its field's format.
 */
class EventSchemasTest {

    /**
     * Formats are asserted, not merely annotated (JSON Schema 2020-12 only annotates them unless told otherwise): an id
     * that is no UUID, a date in the Danish order, a time without its offset are each refused, naming the field and
     * the format.
     */
    @ParameterizedTest
    @CsvSource({"concernId, not-a-uuid, uuid", "observedOn, 20-11-2026, date", "raisedAt, 2026-11-24T09:15:00, date-time"})
    void refusesAValueNotOfItsFieldsFormat(String field, String value, String format) throws Exception {
        var payload = (ObjectNode) ExamplePayloads.JSON.readTree(ExamplePayloads.json(EventType.CONCERN_RAISED_V2));
        payload.put(field, value);

        var errors = EventSchemas.validate(EventType.CONCERN_RAISED_V2.type(), payload.toString());
        assertTrue(errors.size() == 1 && errors.getFirst().startsWith("/" + field)
                && errors.getFirst().contains(format), errors.toString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void acceptsEveryExample(EventType type) {
        assertEquals(List.of(), EventSchemas.validate(type.type(), ExamplePayloads.json(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void refusesAnUndeclaredFieldSoNoCprCanSlipIn(EventType type) throws Exception {
        var payload = (ObjectNode) ExamplePayloads.JSON.readTree(ExamplePayloads.json(type));
        payload.put("cpr", "010120-1234");

        var errors = EventSchemas.validate(type.type(), payload.toString());
        assertTrue(errors.size() == 1 && errors.getFirst().contains("cpr"), errors.toString());
    }

    @Test
    void refusesAnUndeclaredFieldDeepInThePayload() throws Exception {
        var payload = (ObjectNode) ExamplePayloads.JSON.readTree(ExamplePayloads.json(EventType.TAXONOMY_PUBLISHED_V1));
        ((ObjectNode) payload.at("/groups/0/signs/0")).put("childName", "Emma Jensen");

        var errors = EventSchemas.validate(EventType.TAXONOMY_PUBLISHED_V1.type(), payload.toString());
        assertTrue(errors.size() == 1 && errors.getFirst().startsWith("/groups/0/signs/0")
                && errors.getFirst().contains("childName"), errors.toString());
    }

    /** The fields that only an {@code if}/{@code then} of the schema names count as declared. */
    @Test
    void acceptsTheFieldsAConditionOfTheSchemaNames() {
        String grant = EventSchemas.validJson(EventType.CHILD_ACCESS_GRANTED_V1, new ChildAccessGrantedV1(
                UUID.randomUUID(), ChildAccessGrantedV1.FAGPERSON, "hanne", "sundhedsplejerske", "sagsopretter",
                Instant.parse("2026-12-01T10:00:00Z")));
        assertTrue(grant.contains("\"username\":\"hanne\""), grant);
    }
}
