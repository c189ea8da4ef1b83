package dk.rodtraad.chassis.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox's schema check asserts formats: JSON Schema 2020-12 only annotates them unless the validator is told to
 * assert them, and then an id that is no UUID or a date in the Danish order would reach a consumer's effect.
 */
class ContractCheckTest {

    private static final ContractCheck CHECK = new ContractCheck();
    private static final EventType TYPE = EventType.CONCERN_RAISED_V2;

    @Test
    void acceptsAnEventThatSatisfiesItsSchema() {
        assertDoesNotThrow(() -> CHECK.check(event(example())));
    }

    /** An id that is no UUID, a date in the Danish order: each refused, naming the field and the format. */
    @ParameterizedTest
    @CsvSource({"concernId, not-a-uuid, uuid", "observedOn, 20-11-2026, date"})
    void refusesAValueNotOfItsFieldsFormat(String field, String value, String format) {
        var poison = assertThrows(PoisonEventException.class, () -> CHECK.check(event(example().put(field, value))));

        assertTrue(poison.getMessage().startsWith(TYPE.type() + " does not satisfy its schema: /" + field + ": ")
                && poison.getMessage().contains(format), poison.getMessage());
    }

    private static ObjectNode example() {
        try {
            return (ObjectNode) ExamplePayloads.JSON.readTree(ExamplePayloads.json(TYPE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReceivedEvent event(ObjectNode data) {
        return new ReceivedEvent(UUID.randomUUID(), TYPE.type(), "/rodtraad/concern-service",
                UUID.fromString(data.path("childId").asText()), Instant.now(), data.toString(), data);
    }
}
