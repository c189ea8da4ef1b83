package dk.rodtraad.systemtests.wire;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dk.rodtraad.testkit.timeline.TimelineEvents.exampleAbout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wire test's check of one record can fail: what it refuses, without the running system. */
class WireRecordTest {

    private static final EventType TYPE = EventType.CONCERN_RAISED_V2;
    private static final UUID CHILD = UUID.randomUUID();

    @Test
    void acceptsARecordAsTheRelaysSendIt() {
        var sent = KafkaTestClient.cloudEvent(TYPE.topic(), UUID.randomUUID(), TYPE.type(), CHILD, Instant.now(),
                exampleAbout(TYPE, CHILD));

        assertEquals(List.of(), new WireRecord(received(sent)).problems());
    }

    @Test
    void refusesARecordWithoutItsSchemaAndWithTheContentTypeTwice() {
        var sent = KafkaTestClient.cloudEventAsSentBefore(TYPE.topic(), UUID.randomUUID(), TYPE.type(), CHILD,
                Instant.now(), exampleAbout(TYPE, CHILD));

        var problems = new WireRecord(received(sent)).problems();
        assertTrue(problems.size() == 2 && problems.get(0).contains("dataschema null")
                && problems.get(1).contains("the content type is not sent once"), problems.toString());
    }

    @Test
    void refusesDataNotOfItsFieldsFormat() {
        String data = exampleAbout(TYPE, CHILD).replaceFirst("\"observedOn\":\"[0-9-]+\"", "\"observedOn\":\"20-11-2026\"");
        var sent = KafkaTestClient.cloudEvent(TYPE.topic(), UUID.randomUUID(), TYPE.type(), CHILD, Instant.now(), data);

        var problems = new WireRecord(received(sent)).problems();
        assertTrue(problems.size() == 1 && problems.getFirst().contains("data: /observedOn"), problems.toString());
    }

    @Test
    void refusesWhatTheCloudEventsSdkCannotRead() {
        var sent = KafkaTestClient.cloudEvent(TYPE.topic(), UUID.randomUUID(), TYPE.type(), CHILD, Instant.now(),
                exampleAbout(TYPE, CHILD));
        sent.headers().remove("ce_id");

        var problems = new WireRecord(received(sent)).problems();
        assertTrue(problems.size() == 1 && problems.getFirst().contains("the CloudEvents SDK cannot read it"),
                problems.toString());
    }

    private static ConsumerRecord<String, String> received(ProducerRecord<String, String> sent) {
        return new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, sent.key(),
                sent.value(), sent.headers(), Optional.empty());
    }
}
