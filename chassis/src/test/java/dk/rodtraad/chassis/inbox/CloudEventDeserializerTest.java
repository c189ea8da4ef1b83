package dk.rodtraad.chassis.inbox;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Kafka's polling thread hands the inbox: the event read and checked, or why it is none, and never an exception
 * there, where no inbox would see it; and the value as it travelled, for a dead letter.
 */
class CloudEventDeserializerTest {

    private static final String TOPIC = "rodtraad.concern.events";
    private static final EventType TYPE = EventType.CONCERN_RAISED_V2;
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    private final ArrivalSerializer serializer = new ArrivalSerializer();

    @Test
    void anEventThatSatisfiesItsSchemaArrivesReadAndChecked() {
        String data = ExamplePayloads.json(TYPE);
        var arrival = deserializer.deserialize(TOPIC, headers(TYPE.type()), bytes(data));

        assertEquals(TYPE.type(), arrival.event().type());
        assertEquals(data, arrival.event().data());
        assertDoesNotThrow(arrival::satisfiesItsSchema);
        assertArrayEquals(bytes(data), serializer.serialize(TOPIC, arrival), "a dead letter carries it as it came");
    }

    @Test
    void anEventThatBreaksItsSchemaIsReadAndSaysWhereItBreaksIt() {
        String data = ExamplePayloads.json(TYPE).replaceFirst("\"observedOn\":\"[^\"]*\"", "\"observedOn\":\"20-11-2026\"");
        var arrival = deserializer.deserialize(TOPIC, headers(TYPE.type()), bytes(data));

        assertEquals(TYPE.type(), arrival.event().type(), "the inbox decides by the type whether it matters");
        var breach = assertThrows(PoisonEventException.class, arrival::satisfiesItsSchema);
        assertTrue(breach.getMessage().contains("/observedOn"), breach.getMessage());
    }

    @Test
    void aTypeTheContractsDoNotKnowHasNoSchemaToBreak() {
        var arrival = deserializer.deserialize(TOPIC, headers("dk.rodtraad.concern.something-new.v1"), bytes("{}"));

        assertEquals("dk.rodtraad.concern.something-new.v1", arrival.event().type());
        assertDoesNotThrow(arrival::satisfiesItsSchema);
    }

    @Test
    void aRecordThatIsNoEventArrivesAsPoisonWithItsValueKept() {
        var noHeaders = deserializer.deserialize(TOPIC, bytes("not json"));
        var poison = assertThrows(PoisonEventException.class, noHeaders::event);
        assertTrue(poison.getMessage().startsWith("Not a CloudEvent"), poison.getMessage());
        assertArrayEquals(bytes("not json"), serializer.serialize(TOPIC, noHeaders));

        var notJson = deserializer.deserialize(TOPIC, headers(TYPE.type()), bytes("not json"));
        assertTrue(assertThrows(PoisonEventException.class, notJson::event).getMessage().startsWith("data is not JSON"));

        var tombstone = deserializer.deserialize(TOPIC, headers(TYPE.type()), (byte[]) null);
        assertEquals("Missing data", assertThrows(PoisonEventException.class, tombstone::event).getMessage());
        assertNull(serializer.serialize(TOPIC, tombstone));
    }

    private static Headers headers(String type) {
        return new RecordHeaders()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(type))
                .add("ce_source", bytes("/rodtraad/concern-service"))
                .add("ce_subject", bytes(UUID.randomUUID().toString()))
                .add("ce_time", bytes("2026-12-04T10:15:00Z"));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
