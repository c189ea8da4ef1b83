package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The way from a concern to the authority: a health nurse records a serious concern and notifies the authority
 * (underretning), which the authority's consumer delivers to the case system's folder; the authority assesses the
 * urgency, sends the receipt and decides the outcome; every step is on the child's timeline in network-meeting- and
 * followup-service, and the nurse sees the outcome.
 */
class NotificationReachesTheAuthorityIT {

    private static final List<String> AUTHORITY_STEPS = List.of("dk.rodtraad.concern.notified.v1",
            "dk.rodtraad.concern.notification-urgency-assessed.v1", "dk.rodtraad.concern.notification-receipt-sent.v1",
            "dk.rodtraad.concern.notification-outcome-decided.v1");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TheSystem system = TheSystem.shared();

    @Test
    void aConcernBecomesANotificationTheAuthorityActsOnVisibleOnEveryTimeline() {
        var nurse = system.as(DemoUsers.HANNE);
        var authority = system.as(DemoUsers.METTE);
        String cpr = TheSystem.uniqueCpr();
        var concern = nurse.concern(cpr, "red");
        String childId = (String) concern.get("childId");

        var notification = nurse.postToConcernService("/concerns/{id}/notification", Map.of("ground", "saerlig-stoette",
                "knownOrSuspected", "Barnet tager ikke på, og mor virker meget belastet.", "parentsInformed", true),
                201, concern.get("id"));
        Object id = notification.get("id");
        // The authority's consumer (ADR 0023) delivers it, CPR number and all, to the case system's folder.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(cpr, deliveredToTheCaseSystem(id.toString()).at("/data/child/cpr").asText()));

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

    /** The file in the authority's folder that holds the notification, as the case system would read it. */
    private JsonNode deliveredToTheCaseSystem(String notificationId) throws IOException {
        try (Stream<Path> files = Files.list(system.running().authorityFolder())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                if (notificationId.equals(event.at("/data/notificationId").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("No file for notification " + notificationId + " in " + system.running().authorityFolder());
    }
}
