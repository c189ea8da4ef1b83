package dk.rodtraad.analytics.pseudonymiser;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.Topics;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The topology on Kafka Streams' test driver: events from the services' topics in, records without the events'
 * headers out, keyed by the child's hash; a replay of the same events gives the same records. (On a real broker, with
 * exactly once: the system tests' AnalyticsStreamIT; the ACLs: testkit's LockedEventBusTest.)
 */
class AnalyticsTopologyTest {

    private static final UUID CHILD = UUID.randomUUID();

    private record Event(String topic, EventType type, String subject) {
    }

    private static final List<Event> EVENTS = List.of(
            new Event(Topics.CONCERN_EVENTS, EventType.CONCERN_RAISED_V2, CHILD.toString()),
            new Event(Topics.NETWORK_MEETING_EVENTS, EventType.MEETING_HELD_V1, CHILD.toString()),
            new Event(Topics.FOLLOWUP_EVENTS, EventType.SESSION_SCORED_V1, CHILD.toString()),
            // No record: content of the catalogue's, about no child.
            new Event(Topics.CATALOGUE_EVENTS, EventType.TAXONOMY_PUBLISHED_V1, UUID.randomUUID().toString()),
            new Event(Topics.CATALOGUE_EVENTS, EventType.INTERVENTION_PUBLISHED_V1, UUID.randomUUID().toString()));

    @Test
    void eachDomainEventBecomesOneRecordKeyedByTheChildsHashWithoutTheEventsHeaders() {
        var records = run(EVENTS);
        assertEquals(4, records.size());
        String hash = PseudonymiserTest.KEY.hash(CHILD);
        assertEquals(List.of(hash, hash, hash), records.subList(0, 3).stream().map(TestRecord::key).toList());
        for (var record : records) {
            assertFalse(record.headers().iterator().hasNext(), "headers: " + record.headers());
            assertFalse(record.value().contains(CHILD.toString()), record.value());
        }
    }

    @Test
    void aReplayOfTheSameEventsGivesTheSameRecords() {
        assertEquals(run(EVENTS).stream().map(r -> r.key() + r.value()).toList(),
                run(EVENTS).stream().map(r -> r.key() + r.value()).toList());
    }

    @Test
    void anEventWithoutCloudEventsHeadersIsPassedByAndTheNextOneStillComes() {
        var driver = driver();
        try (driver) {
            driver.createInputTopic(Topics.CONCERN_EVENTS, new ByteArraySerializer(), new ByteArraySerializer())
                    .pipeInput(new byte[0], "{}".getBytes(StandardCharsets.UTF_8));
            pipe(driver, EVENTS.getFirst());
            assertEquals(1, output(driver).readRecordsToList().size());
        }
    }

    private static List<TestRecord<String, String>> run(List<Event> events) {
        try (var driver = driver()) {
            events.forEach(event -> pipe(driver, event));
            return output(driver).readRecordsToList();
        }
    }

    private static TopologyTestDriver driver() {
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "analytics-stream-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(AnalyticsTopology.build(
                new Pseudonymiser(PseudonymiserTest.KEY, ZoneId.of("Europe/Copenhagen"))), config);
    }

    private static void pipe(TopologyTestDriver driver, Event event) {
        var headers = new RecordHeaders();
        headers.add("ce_type", event.type().type().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", "2026-11-24T09:15:00Z".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", event.subject().getBytes(StandardCharsets.UTF_8));
        driver.createInputTopic(event.topic(), new ByteArraySerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(event.subject().getBytes(StandardCharsets.UTF_8),
                        ExamplePayloads.json(event.type()).getBytes(StandardCharsets.UTF_8), headers,
                        Instant.parse("2026-11-24T09:15:00Z")));
    }

    private static TestOutputTopic<String, String> output(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.ANALYTICS, new StringDeserializer(), new StringDeserializer());
    }
}
