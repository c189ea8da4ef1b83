package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The way from a concern to the authority: a health nurse records a serious concern and notifies the authority
 * (underretning); the authority assesses the urgency, sends the receipt and decides the outcome; every step is on the
 * child's timeline in network-meeting- and followup-service, and the nurse sees the outcome.
 */
class NotificationReachesTheAuthorityIT {

    private static final List<String> AUTHORITY_STEPS = List.of("dk.rodtraad.concern.notified.v1",
            "dk.rodtraad.concern.notification-urgency-assessed.v1", "dk.rodtraad.concern.notification-receipt-sent.v1",
            "dk.rodtraad.concern.notification-outcome-decided.v1");

    private final TheSystem system = TheSystem.shared();

    @Test
    void aConcernBecomesANotificationTheAuthorityActsOnVisibleOnEveryTimeline() {
        var nurse = system.as(DemoUsers.HANNE);
        var authority = system.as(DemoUsers.METTE);
        var concern = nurse.concern(TheSystem.uniqueCpr(), "red");
        String childId = (String) concern.get("childId");

        var notification = nurse.postToConcernService("/concerns/{id}/notification", Map.of("ground", "saerlig-stoette",
                "knownOrSuspected", "Barnet tager ikke på, og mor virker meget belastet.", "parentsInformed", true),
                201, concern.get("id"));
        Object id = notification.get("id");

        var inInbox = authority.getFromConcernService("/authority/notifications/{id}", id);
        assertEquals(false, inInbox.get("overdue"));
        authority.postToConcernService("/authority/notifications/{id}/urgency", Map.of("urgency", "ikke-akut", "version", 0), 200, id);
        authority.postToConcernService("/authority/notifications/{id}/receipt", Map.of("version", 1), 200, id);
        authority.postToConcernService("/authority/notifications/{id}/outcome",
                Map.of("outcome", "afdaekning", "version", 2), 200, id);

        assertEquals("afdaekning", nurse.getFromConcernService("/notifications/{id}", id).get("outcome"));
        for (String service : List.of(StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var types = nurse.timeline(service, childId).stream().map(entry -> entry.get("type")).toList();
                assertTrue(types.containsAll(AUTHORITY_STEPS), service + ": " + types);
            });
        }
    }
}
