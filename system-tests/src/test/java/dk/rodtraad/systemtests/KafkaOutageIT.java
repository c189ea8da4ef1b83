package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing is lost and nothing is doubled when Kafka goes away: 100 concerns are recorded while the broker is down
 * for 20 seconds, and every timeline replica ends with exactly 100 entries once it is back.
 */
class KafkaOutageIT {

    private static final int CONCERNS = 100;
    private final TheSystem system = TheSystem.shared();

    @Test
    void everyReplicaEndsWithExactlyTheConcernsRecordedWhileKafkaWasDown() throws InterruptedException {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();

        Instant down = Instant.now();
        system.infrastructure().stopKafka();
        String childId = null;
        for (int i = 0; i < CONCERNS; i++) {
            childId = nurse.recordConcern(cpr, i % 2 == 0 ? "yellow" : "red");
        }
        Duration left = Duration.ofSeconds(20).minus(Duration.between(down, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        system.infrastructure().startKafka();

        String child = childId;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String service : TheSystem.TIMELINE_SERVICES) {
                assertEquals(CONCERNS, nurse.timeline(service, child).size(), service);
            }
        });
        // Redeliveries after the outage would arrive now if the inbox let them through; give them time to.
        Thread.sleep(5_000);
        for (String service : TheSystem.TIMELINE_SERVICES) {
            assertEquals(CONCERNS, nurse.timeline(service, child).size(), service + ": none lost, none twice");
        }
    }
}
