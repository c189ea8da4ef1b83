package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
