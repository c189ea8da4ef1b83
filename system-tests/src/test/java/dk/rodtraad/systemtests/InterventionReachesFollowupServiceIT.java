package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
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
        String id = system.as(DemoUsers.KARIN).publishIntervention(TheSystem.anIntervention(code));

        var followupStaff = system.as(DemoUsers.LISE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var offered = followupStaff.interventionsInFollowupService().stream()
                    .filter(i -> id.equals(i.get("id"))).toList();
            assertEquals(1, offered.size());
            assertEquals(code, offered.getFirst().get("code"));
            assertEquals("PPR", offered.getFirst().get("department"));
        });
    }
}
