package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void theSmallNumbersRuleShowsTheDistrictAndUnitFromTheFifthChildOfAWeekCountedInTheTasksStore() throws Exception {
        try (var driver = driver()) {
            var first = raisedAbout(driver, UUID.randomUUID(), "2026-11-24T09:15:00Z");
            for (int time = 0; time < 5; time++) {
                raisedAbout(driver, first, "2026-11-24T09:15:00Z");
            }
            for (int child = 2; child < SmallNumbers.K; child++) {
                raisedAbout(driver, UUID.randomUUID(), "2026-11-25T09:15:00Z");
            }
            raisedAbout(driver, UUID.randomUUID(), "2026-11-26T09:15:00Z");
            var records = output(driver).readRecordsToList();
            assertEquals(1 + 5 + (SmallNumbers.K - 2) + 1, records.size());
            for (var record : records.subList(0, records.size() - 1)) {
                assertFalse(record.value().contains("district") || record.value().contains("unit"), record.value());
            }
            JsonNode fifth = JSON.readTree(records.getLast().value());
            assertEquals(List.of("6-12", "Syd", "Rødby Skole"), List.of(fifth.path("ageBand").asText(),
                    fifth.path("district").asText(), fifth.path("unit").asText()));
        }
    }

    @Test
    void aWeekIsForgottenOnceTwoLaterWeeksHaveBegunSoALateEventOfItStartsItsCountAgain() throws Exception {
        try (var driver = driver()) {
            for (int child = 1; child < SmallNumbers.K; child++) {
                raisedAbout(driver, UUID.randomUUID(), "2026-11-24T09:15:00Z");
            }
            raisedAbout(driver, UUID.randomUUID(), "2026-12-01T09:15:00Z");
            raisedAbout(driver, UUID.randomUUID(), "2026-12-08T09:15:00Z");
            UUID late = UUID.randomUUID();
            raisedAbout(driver, late, "2026-11-25T09:15:00Z");
            JsonNode lateRecord = JSON.readTree(output(driver).readRecordsToList().getLast().value());
            assertEquals(PseudonymiserTest.KEY.hash(late), lateRecord.path("child").asText());
            assertEquals("2026-W48", lateRecord.path("week").asText());
            assertFalse(lateRecord.has("district"), lateRecord.toString());
        }
    }

    /** A raised.v2 about the child at the time (the example's: age band 6-12, district Syd, unit Rødby Skole). */
    private static UUID raisedAbout(TopologyTestDriver driver, UUID child, String time) {
        pipe(driver, new Event(Topics.CONCERN_EVENTS, EventType.CONCERN_RAISED_V2, child.toString()), time);
        return child;
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
        pipe(driver, event, "2026-11-24T09:15:00Z");
    }

    private static void pipe(TopologyTestDriver driver, Event event, String time) {
        var headers = new RecordHeaders();
        headers.add("ce_type", event.type().type().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_time", time.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", event.subject().getBytes(StandardCharsets.UTF_8));
        driver.createInputTopic(event.topic(), new ByteArraySerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(event.subject().getBytes(StandardCharsets.UTF_8),
                        ExamplePayloads.json(event.type()).getBytes(StandardCharsets.UTF_8), headers,
                        Instant.parse(time)));
    }

    private static TestOutputTopic<String, String> output(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.ANALYTICS, new StringDeserializer(), new StringDeserializer());
    }
}
