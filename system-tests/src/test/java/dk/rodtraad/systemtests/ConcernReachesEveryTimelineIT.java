package dk.rodtraad.systemtests;

import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.contracts.EventSchemas;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton end to end: a health nurse records a concern in concern-service with her Keycloak token, and
 * through the outbox and Kafka it appears on the child's timeline in network-meeting-service and followup-service —
 * four services as separate processes from their packaged jars, each with its own database.
 */
class ConcernReachesEveryTimelineIT {

    private final TheSystem system = TheSystem.shared();

    @Test
    void aConcernRecordedByTheHealthNurseAppearsOnEveryTimeline() {
        var nurse = system.as(DemoUsers.HANNE);
        String childId = nurse.recordConcern("yellow");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String service : TheSystem.TIMELINE_SERVICES) {
                var timeline = nurse.timeline(service, childId);
                assertEquals(1, timeline.size(), service + " shows the concern once");
                assertEquals("dk.rodtraad.concern.raised.v2", timeline.getFirst().get("type"));
            }
        });
        var reference = nurse.timeline("concern-service", childId);
        for (String service : TheSystem.TIMELINE_SERVICES) {
            assertEquals(reference, nurse.timeline(service, childId), service + " shows the same timeline");
        }
    }

    @Test
    void everyEventOnTheWireMatchesItsSchemaAndCarriesNoCpr() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        nurse.recordConcern(cpr, "red");

        // What the services published: a test that plays a broken producer (BadEventsStallNoTimelineIT) sends as
        // /rodtraad/system-tests.
        var records = system.kafka().readAll(List.of(Topics.CONCERN_EVENTS, Topics.NETWORK_MEETING_EVENTS,
                Topics.CATALOGUE_EVENTS, Topics.FOLLOWUP_EVENTS), Duration.ofSeconds(30), 1).stream()
                .filter(record -> Topics.CONSUMING_SERVICES.stream()
                        .anyMatch(service -> ("/rodtraad/" + service).equals(record.header("ce_source"))))
                .toList();
        assertTrue(records.size() >= 1, "events were published");
        for (var record : records) {
            String type = record.header("ce_type");
            assertEquals(List.of(), EventSchemas.validate(type, record.value()), type + " " + record.value());
            assertEquals(record.key(), record.header("ce_subject"), "the key is the child's pseudonymous id");
            assertTrue(!record.value().contains(cpr) && !record.value().contains(TheSystem.CHILD_NAME),
                    "no CPR number and no name in " + record.value());
        }
    }
}
