package dk.rodtraad.chassis.inbox;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.timeline.TimelineEvents.exampleAbout;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * With the real PostgreSQL stopped, an event is retried — not dead-lettered — for as long as the database is away,
 * the gauge {@code rodtraad.inbox.retry.age.seconds} showing how long it has waited, and applied once it is back.
 */
@QuarkusTest
class InboxOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Far longer than the few tries that a failure which is not transient gets before it is dead-lettered. */
    private static final double LONGER_THAN_A_FEW_TRIES = 15;

    @Inject
    MeterRegistry registry;

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void retriesAnEventWhileTheDatabaseIsAwayAndAppliesItOnceItIsBack() {
        UUID child = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin()).send(professionalGranted(child, "hanne", "sundhedsplejerske", "sagsopretter"));
        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(200));

        var infrastructure = RealInfrastructure.current();
        infrastructure.stopPostgres();
        try {
            new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CONCERN_EVENTS, event,
                    EventType.CONCERN_RAISED_V2.type(), child, Instant.now(), exampleAbout(EventType.CONCERN_RAISED_V2, child));
            await().atMost(PATIENCE).until(() -> retryAge() >= LONGER_THAN_A_FEW_TRIES);
        } finally {
            infrastructure.startPostgres();
        }

        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(200).body("$", hasSize(1))
                .body("eventId", equalTo(List.of(event.toString()))));
        await().atMost(PATIENCE).until(() -> retryAge() == 0);
    }

    /** The timeline consumer's gauge, there from its first event on. */
    private double retryAge() {
        var gauge = registry.find(RetryAges.GAUGE).tag("consumer", "timeline").gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private static io.restassured.response.ValidatableResponse timeline(UUID child) {
        return given().when().get("/children/{id}/timeline", child).then();
    }
}
