package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's report across the running system: a scripted sequence of uses of one child's data in three
 * services, each audit-logged where it happens and, from network-meeting- and followup-service, sent on
 * rodtraad.audit; data protection's report in concern-service lists them all, oldest first.
 */
class CitizensReportIT {

    private static final String REPORT = "Indsigtsrapport dannet";
    private static final String REFUSED = "afvist";

    private final TheSystem system = TheSystem.shared();

    @Test
    void theReportListsEveryUseAcrossTheServicesInOrder() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        String childId = nurse.recordConcern(cpr, "yellow");
        // The other services let her in once her place on the case team has reached them; the attempts before that
        // are refused, and logged as such.
        readOnceLetIn(nurse, StackConfig.NETWORK_MEETING, childId);
        readOnceLetIn(nurse, StackConfig.FOLLOWUP, childId);
        nurse.timeline(StackConfig.CONCERN, childId);
        nurse.timeline(StackConfig.NETWORK_MEETING, childId);

        var expected = List.of(
                List.of("ændret", "Bekymring registreret", "Bekymringer og underretninger"),
                List.of("læst", "Barnets tidslinje vist", "Netværksmøder"),
                List.of("læst", "Barnets tidslinje vist", "Opfølgning på indsatser"),
                List.of("læst", "Barnets tidslinje vist", "Bekymringer og underretninger"),
                List.of("læst", "Barnets tidslinje vist", "Netværksmøder"));
        var dataProtection = system.as(DemoUsers.DORTE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            @SuppressWarnings("unchecked")
            var uses = (List<Map<String, Object>>) dataProtection.postToConcernService("/insight/reports",
                    Map.of("cpr", cpr), 200).get("uses");
            // Each report asked for is itself a use, after those of the script.
            var scripted = uses.stream().filter(use -> !REPORT.equals(use.get("purpose")))
                    .filter(use -> !REFUSED.equals(use.get("kind")))
                    .map(use -> List.of(use.get("kind"), use.get("purpose"), use.get("service"))).toList();
            assertEquals(expected, scripted);
            assertEquals(List.of("sundhedsplejerske"), uses.stream().filter(use -> !REPORT.equals(use.get("purpose")))
                    .map(use -> use.get("discipline")).distinct().toList());
            assertTrue(uses.stream().filter(use -> REFUSED.equals(use.get("kind")))
                    .allMatch(use -> List.of("Netværksmøder", "Opfølgning på indsatser").contains(use.get("service"))),
                    "only the attempts before the case team reached the other services are refused: " + uses);
        });
    }

    private static void readOnceLetIn(TheSystem.User user, String service, String childId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(TheSystem.shared().url(service))
                .auth().oauth2(user.token(service)).when().get("/children/{id}/timeline", childId).statusCode() == 200);
    }
}
