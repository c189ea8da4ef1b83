package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A referral names a real intervention: what the katalogredaktør publishes in catalogue-service reaches
 * followup-service's own copy through Kafka.
 */
class InterventionReachesFollowupServiceIT {

    private final TheSystem system = TheSystem.shared();

    @Test
    void aPublishedInterventionCanBeReferredToInFollowupService() {
        String code = "systemtest-" + UUID.randomUUID().toString().substring(0, 8);
        String id = system.as(DemoUsers.KARIN).publishIntervention(intervention(code));

        var followupStaff = system.as(DemoUsers.LISE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var offered = followupStaff.interventionsInFollowupService().stream()
                    .filter(i -> id.equals(i.get("id"))).toList();
            assertEquals(1, offered.size());
            assertEquals(code, offered.getFirst().get("code"));
            assertEquals("PPR", offered.getFirst().get("department"));
        });
    }

    private static Map<String, Object> intervention(String code) {
        var content = new HashMap<String, Object>();
        content.put("code", code);
        content.put("name", "Angstgruppe (systemtest)");
        content.put("shortDescription", "Et forløb for børn, der er meget ængstelige, og deres forældre.");
        content.put("longDescription", "Barnet og forældrene mødes med en psykolog ti gange.");
        content.put("ageFromYears", 7);
        content.put("ageToYears", 12);
        content.put("signs", List.of("angst"));
        content.put("type", "netvaerksgruppe");
        content.put("preventionLevel", "sekundaer");
        content.put("step", 3);
        content.put("department", "PPR");
        content.put("anchoring", "specialpaedagogik");
        content.put("legalBasis", "Barnets lov § 30");
        content.put("method", "Cool Kids");
        content.put("evidenceLevel", "evidensbaseret");
        content.put("competences", List.of("Cool Kids-certificering"));
        content.put("capacityPerYear", 24);
        content.put("waitingWeeks", 6);
        content.put("access", "henvisning");
        content.put("contact", "PPR, tlf. 72 10 00 00");
        content.put("locations", List.of("Rådhuset"));
        return content;
    }
}
