package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.OnVertx;
import dk.rodtraad.chassis.persistence.QueryPlans;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.concern.ConcernRaisedV1;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay sends what a transaction wrote as soon as it commits. The poll is set to once in ten minutes, beyond any
 * of these tests, so only the wake-up on commit (OutboxCommits, the trigger's NOTIFY) can deliver the events.
 */
@QuarkusTest
@TestProfile(OutboxRelayWakeUpTest.PollOnlyEveryTenMinutes.class)
class OutboxRelayWakeUpTest {

    private static final int BATCH_SIZE = 50;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    public static class PollOnlyEveryTenMinutes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rodtraad.outbox.relay-interval", "10m",
                    "rodtraad.outbox.relay-delay", "10m",
                    "rodtraad.outbox.batch-size", String.valueOf(BATCH_SIZE));
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Inject
    QueryPlans queryPlans;

    @Test
    void sendsAnEventAsSoonAsItsTransactionCommits() throws Throwable {
        UUID child = UUID.randomUUID();
        UUID eventId = VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> outbox.publish(EventType.CONCERN_RAISED_V1, child, concernAbout(child))));

        var record = new KafkaTestClient(RealInfrastructure.kafkaAdmin()).await(Topics.CONCERN_EVENTS,
                r -> eventId.toString().equals(header(r, "ce_id")), PATIENCE);
        assertEquals(child.toString(), record.key());
    }

    @Test
    void theListeningConnectionIsMeasuredApartFromThePool() {
        var queues = registry.find("postgresql.queue.size").gauges().stream()
                .map(gauge -> gauge.getId().getTag("clientName")).collect(Collectors.toSet());
        assertTrue(queues.contains("outbox-listener"), "the listener's own gauges, among " + queues);
        assertTrue(queues.contains("<default>"), "the pool's gauges, among " + queues);
    }

    @Test
    void drainsABacklogOfManyBatchesOnOneWakeUp() throws Throwable {
        UUID child = UUID.randomUUID();
        // One transaction, so one notification, for five batches' worth.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> publishMany(child, 5 * BATCH_SIZE)));

        await().atMost(PATIENCE).until(() -> unsentAbout(child) == 0);
    }

    @Test
    void relaysSideBySideNeverSendOneEventTwice() throws Throwable {
        UUID child = UUID.randomUUID();
        int events = 20 * BATCH_SIZE;
        var published = VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> publishMany(child, events)));

        // Four relays besides the service's own, each taking batches in a transaction of its own until none is left,
        // as four more instances of the service would.
        try (var relays = Executors.newFixedThreadPool(4)) {
            var drains = new ArrayList<Callable<Void>>();
            for (int i = 0; i < 4; i++) {
                drains.add(this::relayUntilNothingIsLeft);
            }
            for (var drain : relays.invokeAll(drains)) {
                drain.get();
            }
        }
        await().atMost(PATIENCE).until(() -> unsentAbout(child) == 0);

        var sent = new KafkaTestClient(RealInfrastructure.kafkaAdmin()).readToEnd(Topics.CONCERN_EVENTS).stream()
                .filter(r -> child.toString().equals(r.key()))
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        assertEquals(published.size(), sent.size(), "every event on the topic");
        assertEquals(Map.of(1L, (long) published.size()),
                sent.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())),
                "each event once");
    }

    @Test
    void oneRelayAtATimeSoAChildsEventsLeaveInTheOrderWritten() throws Exception {
        UUID child = UUID.randomUUID();
        var database = RealInfrastructure.current().database("chassis");
        try (var otherInstance = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            // Another instance's relay in the middle of a batch holds the lock until its transaction ends.
            otherInstance.setAutoCommit(false);
            otherInstance.createStatement().execute("select pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")");
            OnVertx.await(() -> Panache.withTransaction(() -> publishMany(child, 3)));

            assertEquals(0, OnVertx.await(relay::relayBatch), "no batch while another relay holds the lock");
            assertEquals(3, unsentAbout(child));
            OnVertx.await(metrics::refresh);
            assertTrue(registry.get("rodtraad.outbox.unsent").gauge().value() >= 3, "the waiting events are counted");
            otherInstance.rollback();
        }
        relay.wake();
        await().atMost(PATIENCE).until(() -> unsentAbout(child) == 0);
    }

    /**
     * Hibernate Reactive 3.2 makes and caches a new plan for every run of a native select (ADR 0031): a relay that
     * asked through native SQL added three plans a round, until the cache was full of them and every lookup went
     * through them all. The relay's queries are HQL, planned once.
     */
    @Test
    void aRelayRoundMakesNoNewQueryPlans() throws Exception {
        int rounds = 20;
        relayRound();
        int before = queryPlans.cached();
        for (int i = 0; i < rounds; i++) {
            relayRound();
        }
        int grown = queryPlans.cached() - before;
        assertTrue(grown < rounds, rounds + " relay rounds added " + grown + " query plans: one or more a round");
    }

    private void relayRound() throws Exception {
        OnVertx.await(relay::relayBatch);
        OnVertx.await(metrics::refresh);
    }

    private Void relayUntilNothingIsLeft() throws Exception {
        while (OnVertx.await(relay::relayBatch) > 0) {
            // another batch
        }
        return null;
    }

    private Uni<List<UUID>> publishMany(UUID child, int count) {
        return Multi.createFrom().range(0, count)
                .onItem().transformToUniAndConcatenate(i ->
                        outbox.publish(EventType.CONCERN_RAISED_V1, child, concernAbout(child)))
                .collect().asList();
    }

    private static ConcernRaisedV1 concernAbout(UUID child) {
        return new ConcernRaisedV1(UUID.randomUUID(), child, "yellow", "skole", LocalDate.of(2026, 11, 20),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static long unsentAbout(UUID child) throws Exception {
        return OnVertx.await(() -> Panache.withSession(() ->
                OutboxEvent.count("subjectId = ?1 and sentAt is null", child)));
    }
}
