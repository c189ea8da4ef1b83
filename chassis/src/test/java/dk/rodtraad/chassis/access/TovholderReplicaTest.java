package dk.rodtraad.chassis.access;

import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.applied;
import static dk.rodtraad.chassis.ReplicaState.ask;
import static dk.rodtraad.testkit.access.ChildAccessEvents.caseClosed;
import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.access.ChildAccessEvents.revoked;
import static dk.rodtraad.testkit.access.ChildAccessEvents.tovholderAssigned;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replica of who each child's tovholder is, from concern-service's events on the access topic. */
@QuarkusTest
class TovholderReplicaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONSUMER = "child-access";
    /** Before the revocations these tests send, which concern-service stamps with the time they happen. */
    private static final Instant NAMED = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
    private static final Instant HANDED_OVER = NAMED.plus(Duration.ofDays(1));

    @Inject
    Tovholders tovholders;

    @Test
    void theNamedTovholderIsKnownAHandoverReplacesThemAndAnOlderAssignmentReplayedChangesNothing() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        assertEquals(Optional.empty(), ask(() -> tovholders.of(child)));

        var named = events.send(tovholderAssigned(child, "lise", "laerer", NAMED));
        await().atMost(PATIENCE).until(() -> ask(() -> tovholders.of(child)).isPresent());
        assertEquals(Optional.of(new Tovholders.Tovholder("lise", "laerer")), ask(() -> tovholders.of(child)));

        events.send(tovholderAssigned(child, "hanne", "sundhedsplejerske", HANDED_OVER));
        // Lise's naming again, as a new event (replayed from a dead-letter topic, say), after the handover.
        var replay = events.send(tovholderAssigned(child, "lise", "laerer", NAMED));
        await().atMost(PATIENCE).until(() -> applied(CONSUMER, replay.id()));
        assertEquals(Optional.of(new Tovholders.Tovholder("hanne", "sundhedsplejerske")), ask(() -> tovholders.of(child)),
                "the handover stands");
        assertTrue(ask(() -> tovholders.childrenOf("hanne")).contains(child));
        assertFalse(ask(() -> tovholders.childrenOf("lise")).contains(child));
        assertTrue(applied(CONSUMER, named.id()));
    }

    @Test
    void closingTheCaseEndsTheTovholderAndAnotherMemberLeavingDoesNot() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        events.send(professionalGranted(child, "lise", "laerer", "sagsopretter"));
        events.send(professionalGranted(child, "peter", "paedagog", "samtykke"));
        events.send(tovholderAssigned(child, "lise", "laerer", NAMED));
        var peterLeft = events.send(revoked(child, "peter"));
        await().atMost(PATIENCE).until(() -> applied(CONSUMER, peterLeft.id()));
        assertEquals(Optional.of(new Tovholders.Tovholder("lise", "laerer")), ask(() -> tovholders.of(child)));

        events.send(caseClosed(child, "lise"));
        await().atMost(PATIENCE).until(() -> ask(() -> tovholders.of(child)).isEmpty());
        assertFalse(ask(() -> tovholders.childrenOf("lise")).contains(child));
    }
}
