package dk.rodtraad.chassis.inbox;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record's {@code ce_*} headers (CloudEvents' Kafka binding, binary mode) read as the inbox reads them. */
class ReceivedEventTest {

    private static final UUID ID = UUID.fromString("0b7f9c62-52a4-4bb5-9f0b-5f6f2d0a1c11");
    private static final UUID CHILD = UUID.fromString("6c1e0f34-8a52-4a3e-a1f2-0d9d4c7b2e90");
    private static final String TYPE = "dk.rodtraad.concern.raised.v2";
    private static final String DATA = "{\"childId\":\"" + CHILD + "\"}";

    @Test
    void everyAttributeComesFromItsHeaderAndTheTimeIsKeptToTheMicrosecond() {
        var event = ReceivedEvent.from(headers("2026-12-03T11:15:00.123456789+01:00"), DATA);

        assertEquals(ID, event.id());
        assertEquals(TYPE, event.type());
        assertEquals("/rodtraad/concern-service", event.source());
        assertEquals(CHILD, event.childId());
        assertEquals(Instant.parse("2026-12-03T10:15:00.123456Z"), event.time());
        assertEquals(DATA, event.data());
        assertEquals(CHILD.toString(), event.dataTree().get("childId").asText());
    }

    @Test
    void aRecordWithoutASpecVersionIsNotACloudEventAndOfAnotherVersionNotOneWeRead() {
        var none = headers("2026-12-03T10:15:00Z");
        none.remove("ce_specversion");
        assertTrue(poison(none, DATA).startsWith("Not a CloudEvent (no ce_specversion"), poison(none, DATA));

        var older = headers("2026-12-03T10:15:00Z");
        older.remove("ce_specversion");
        older.add("ce_specversion", bytes("0.3"));
        assertEquals("Not a CloudEvent 1.0 (ce_specversion 0.3)", poison(older, DATA));
    }

    @Test
    void aMissingOrUnreadableAttributeIsPoisonNamedByItsHeader() {
        var noSource = headers("2026-12-03T10:15:00Z");
        noSource.remove("ce_source");
        assertEquals("Missing ce_source", poison(noSource, DATA));

        assertEquals("ce_time is not an RFC 3339 time: i går", poison(headers("i går"), DATA));
        assertEquals("ce_time is not an RFC 3339 time: 2026-12-03T10:15:00",
                poison(headers("2026-12-03T10:15:00"), DATA), "a time without its offset is not one moment");
        assertEquals("ce_time is not an RFC 3339 time: 2026-12-03", poison(headers("2026-12-03"), DATA));
        assertEquals("ce_time is not an RFC 3339 time: 2026-02-30T10:15:00Z",
                poison(headers("2026-02-30T10:15:00Z"), DATA));
        assertEquals("Missing ce_time", poison(headers(null), DATA));

        var badSubject = headers("2026-12-03T10:15:00Z");
        badSubject.remove("ce_subject");
        badSubject.add("ce_subject", bytes("Alma"));
        assertEquals("ce_subject is not a UUID: Alma", poison(badSubject, DATA));

        assertEquals("data is not a JSON object", poison(headers("2026-12-03T10:15:00Z"), "[1, 2]"));
    }

    @Test
    void aTypeMustBeAVersionedRodTraadTypeEveryTimeItIsMet() {
        ReceivedEvent.from(headers("2026-12-03T10:15:00Z"), DATA);
        assertEquals(TYPE, ReceivedEvent.from(headers("2026-12-03T10:15:00Z"), DATA).type(), "a known type, again");

        var unversioned = headers("2026-12-03T10:15:00Z");
        unversioned.remove("ce_type");
        unversioned.add("ce_type", bytes("dk.rodtraad.concern.raised"));
        assertTrue(poison(unversioned, DATA).startsWith("ce_type is not a versioned Rød Tråd event type"));
    }

    private static String poison(Headers headers, String data) {
        return assertThrows(PoisonEventException.class, () -> ReceivedEvent.from(headers, data)).getMessage();
    }

    private static Headers headers(String time) {
        var headers = new RecordHeaders()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(ID.toString()))
                .add("ce_type", bytes(TYPE))
                .add("ce_source", bytes("/rodtraad/concern-service"))
                .add("ce_subject", bytes(CHILD.toString()))
                .add("content-type", bytes("application/json"));
        return time == null ? headers : headers.add("ce_time", bytes(time));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
