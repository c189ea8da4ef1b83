package dk.rodtraad.systemtests;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's reproduction, over the running system: a CloudEvent of type {@code concern.raised.v2} with every header
 * right — keyed by a real child, so it lands on that child's partition — but a body that is not JSON. Beside it, one
 * that breaks its schema and one of an unknown version. Each of the three timeline services dead-letters every one of
 * them with the reason, and the child's next concern, recorded through the API after them, reaches every timeline.
 */
class BadEventsStallNoTimelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SOURCE = "/rodtraad/system-tests";
    private final TheSystem system = TheSystem.shared();

    @Test
    void everyTimelineDeadLettersTheBadEventsAndTheChildsNextConcernArrives() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        String childId = nurse.recordConcern(cpr, "yellow");
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String service : TheSystem.TIMELINE_SERVICES) {
                assertEquals(1, nurse.timeline(service, childId).size(), service);
            }
        });

        var kafka = system.kafkaClient();
        Map<UUID, String> expectedReasons = new LinkedHashMap<>();
        UUID child = UUID.fromString(childId);
        expectedReasons.put(send(kafka, EventType.CONCERN_RAISED_V2.type(), child, "this is not json {"),
                "data is not JSON");
        expectedReasons.put(send(kafka, EventType.CONCERN_RAISED_V2.type(), child,
                        "{\"childId\":\"" + childId + "\",\"level\":\"orange\"}"),
                EventType.CONCERN_RAISED_V2.type() + " does not satisfy its schema: ");
        expectedReasons.put(send(kafka, "dk.rodtraad.concern.raised.v9", child, "{\"childId\":\"" + childId + "\"}"),
                "Unknown version dk.rodtraad.concern.raised.v9");
        expectedReasons.put(sendWithUnreadableTime(kafka, child, "{\"childId\":\"" + childId + "\"}"),
                "ce_time is not an RFC 3339 time: i går");
        nurse.recordConcern(cpr, "red");

        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String service : TheSystem.TIMELINE_SERVICES) {
                var timeline = nurse.timeline(service, childId);
                assertEquals(2, timeline.size(), service + " shows both concerns, and nothing of the bad events");
                assertEquals("red", ((Map<?, ?>) timeline.getLast().get("data")).get("level"), service);
            }
        });
        for (String service : TheSystem.TIMELINE_SERVICES) {
            expectedReasons.forEach((event, reason) -> {
                var dead = kafka.await(Topics.deadLetter(service), r -> event.toString().equals(header(r, "ce_id")),
                        PATIENCE);
                String actual = header(dead, "dead-letter-reason");
                assertTrue(actual != null && actual.startsWith(reason), service + ": " + actual);
            });
        }
    }

    /**
     * A bad event with every CloudEvents header right, keyed and subject by the child as concern-service's relay
     * sends a good one; its source says who really sent it, so the check of what the services publish
     * (EveryEventTypeOnTheWireIT) leaves it out.
     */
    private static UUID send(KafkaTestClient kafka, String type, UUID child, String body) {
        UUID id = UUID.randomUUID();
        kafka.send(KafkaTestClient.cloudEvent(Topics.CONCERN_EVENTS, id, type, SOURCE, child, Instant.now(), body));
        return id;
    }

    /**
     * As {@link #send}, with a {@code ce_time} no one can read. SmallRye's CloudEvent reading, which the services once
     * used, threw on such a record inside the connector, before any inbox saw it.
     */
    private static UUID sendWithUnreadableTime(KafkaTestClient kafka, UUID child, String body) {
        UUID id = UUID.randomUUID();
        var record = KafkaTestClient.cloudEvent(Topics.CONCERN_EVENTS, id, EventType.CONCERN_RAISED_V2.type(), SOURCE,
                child, Instant.now(), body);
        record.headers().remove("ce_time").add("ce_time", "i går".getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
        return id;
    }
}
