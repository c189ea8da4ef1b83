package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures the outbox relay and prints the figures (ADR "the relay wakes on commit"); it asserts only that every
 * event arrived, never a time. Not part of the suite (surefire picks up no class named *Benchmark); run it alone:
 * <pre>
 * ./mvnw -B verify -pl chassis -am -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 * The service's relay runs as before this change (a poll every second, no listening), so each mechanism can be
 * switched on in turn: the poll alone; a wake-up the writer gives after its commit; LISTEN/NOTIFY from the trigger.
 * The events go to {@code rodtraad.followup.results}, which nothing in the chassis's test application consumes, so
 * no replica competes for the two cores. Events are written over JDBC, one row per transaction, as a service's
 * transaction writes its event; latency runs from the return of {@code commit()} to the record's arrival at a
 * consumer of the topic.
 */
@QuarkusTest
@TestProfile(OutboxRelayBenchmark.PollEverySecondWithoutListening.class)
class OutboxRelayBenchmark {

    private static final String TOPIC = Topics.FOLLOWUP_RESULTS;
    private static final int RATE_PER_SECOND = 50;
    private static final int SAMPLES = 500;
    private static final int WARM_UP = 50;
    private static final int BACKLOG = 100_000;
    private static final int INGEST_TRANSACTIONS = 4_000;
    private static final int INGEST_CONNECTIONS = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final String INSERT = """
            insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
            values (?, 'dk.rodtraad.followup.intervention-results.v1', ?, ?, now(), ?::jsonb, now())""";
    private static final String INSERT_MANY = """
            insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
            select gen_random_uuid(), 'dk.rodtraad.followup.intervention-results.v1', ?, gen_random_uuid(), now(),
                   jsonb_build_object('interventionId', gen_random_uuid(), 'children', n, 'improved', n / 2,
                                      'period', '2026-11', 'note', repeat('x', 120)),
                   now()
            from generate_series(1, ?) as n""";
    private static final String PAYLOAD = """
            {"interventionId":"%s","children":12,"improved":6,"period":"2026-11","note":"%s"}""";

    public static class PollEverySecondWithoutListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rodtraad.outbox.listen", "false",
                    "rodtraad.outbox.relay-interval", "1s",
                    "rodtraad.outbox.relay-delay", "1s");
        }
    }

    @Inject
    OutboxRelay relay;
    @Inject
    Scheduler scheduler;
    @Inject
    Vertx vertx;
    @Inject
    OutboxMetrics metrics;
    @Inject
    StoredTime time;
    @Inject
    DatabaseOutage outage;
    @Inject
    @Channel(OutboxRelay.CHANNEL)
    MutinyEmitter<String> emitter;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String reactiveUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void propagationFromCommitToKafka() throws Exception {
        var figures = new ArrayList<String>();
        try (var arrivals = new Arrivals(RealInfrastructure.kafkaAdmin(), TOPIC);
                var database = DriverManager.getConnection(jdbcUrl, username, password)) {
            database.setAutoCommit(false);
            figures.add(propagation("poll every 1 s (before)", database, arrivals, () -> { }));
            scheduler.pause(OutboxRelay.POLL);
            try {
                figures.add(propagation("wake-up after commit, in the writer", database, arrivals, relay::wake));
                var commits = new OutboxCommits(relay, true, reactiveUrl, username, password);
                commits.start(null, vertx);
                try {
                    figures.add(propagation("LISTEN/NOTIFY from the insert trigger", database, arrivals, () -> { }));
                } finally {
                    commits.stop(null);
                }
            } finally {
                scheduler.resume(OutboxRelay.POLL);
            }
        }
        print("Propagation, commit to Kafka consumer, " + RATE_PER_SECOND + " events/s, " + SAMPLES + " samples",
                figures);
    }

    @Test
    void drainOfABacklog() throws Exception {
        var figures = new ArrayList<String>();
        scheduler.pause(OutboxRelay.POLL);
        try (var database = DriverManager.getConnection(jdbcUrl, username, password)) {
            // -Drelay.batch-sizes=200,1000,2000 measures others.
            for (String batchSize : System.getProperty("relay.batch-sizes", "200,1000").split(",")) {
                figures.add(drain(database, Integer.parseInt(batchSize.strip())));
            }
        } finally {
            scheduler.resume(OutboxRelay.POLL);
        }
        print("Drain of a backlog of " + BACKLOG + " events, producer: " + producerSettings(), figures);
    }

    @Test
    void ingestWithAndWithoutTheTrigger() throws Exception {
        var figures = new ArrayList<String>();
        var commits = new OutboxCommits(relay, true, reactiveUrl, username, password);
        scheduler.pause(OutboxRelay.POLL);
        try (var schemaOwner = DriverManager.getConnection(jdbcUrl, owner, ownerPassword)) {
            execute(schemaOwner, "alter table outbox_event disable trigger outbox_event_inserted");
            try {
                figures.add(ingest("no trigger, relay idle"));
            } finally {
                execute(schemaOwner, "alter table outbox_event enable trigger outbox_event_inserted");
            }
            figures.add(ingest("trigger (NOTIFY at commit), nobody listening"));
            commits.start(null, vertx);
            figures.add(ingest("trigger, relay listening and sending"));
        } finally {
            commits.stop(null);
            scheduler.resume(OutboxRelay.POLL);
        }
        print("Ingest: transactions of one outbox insert each, " + INGEST_CONNECTIONS + " connections over JDBC",
                figures);
    }

    private String propagation(String mechanism, Connection database, Arrivals arrivals, Runnable afterCommit)
            throws Exception {
        // Warm up (and, for the listener, wait until it listens: the first event is delivered only then).
        measure(database, arrivals, afterCommit, WARM_UP);
        var latency = measure(database, arrivals, afterCommit, SAMPLES);
        return String.format("%-40s p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms", mechanism,
                millis(latency.getValueAtPercentile(50)), millis(latency.getValueAtPercentile(90)),
                millis(latency.getValueAtPercentile(99)), millis(latency.getMaxValue()));
    }

    private Histogram measure(Connection database, Arrivals arrivals, Runnable afterCommit, int events)
            throws Exception {
        var committedAt = new HashMap<UUID, Long>();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
        for (int i = 0; i < events; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            UUID eventId = UUID.randomUUID();
            try (var insert = database.prepareStatement(INSERT)) {
                insert.setObject(1, eventId);
                insert.setString(2, TOPIC);
                insert.setObject(3, UUID.randomUUID());
                insert.setString(4, PAYLOAD.formatted(UUID.randomUUID(), "x".repeat(120)));
                insert.executeUpdate();
            }
            database.commit();
            committedAt.put(eventId, System.nanoTime());
            afterCommit.run();
        }
        var latency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        for (var event : committedAt.entrySet()) {
            long arrived = arrivals.arrivalOf(event.getKey());
            latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(arrived - event.getValue())));
        }
        assertEquals(events, latency.getTotalCount(), "every event arrived");
        return latency;
    }

    private String drain(Connection database, int batchSize) throws Exception {
        try (var insert = database.prepareStatement(INSERT_MANY)) {
            insert.setString(1, TOPIC);
            insert.setInt(2, BACKLOG);
            insert.executeUpdate();
        }
        var drainer = new OutboxRelay(emitter, metrics, outage, "chassis-test", batchSize, time, vertx);
        long start = System.nanoTime();
        drainer.wake();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> unsent(database) == 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("batch size %5d: %,d events in %5.1f s = %,8.0f events/s", batchSize, BACKLOG, seconds,
                BACKLOG / seconds);
    }

    private String ingest(String variant) throws Exception {
        long start = System.nanoTime();
        try (var writers = Executors.newFixedThreadPool(INGEST_CONNECTIONS)) {
            var done = new ArrayList<Future<Void>>();
            for (int w = 0; w < INGEST_CONNECTIONS; w++) {
                done.add(writers.submit(() -> {
                    try (var connection = DriverManager.getConnection(jdbcUrl, username, password);
                            var insert = connection.prepareStatement(INSERT)) {
                        connection.setAutoCommit(false);
                        for (int i = 0; i < INGEST_TRANSACTIONS / INGEST_CONNECTIONS; i++) {
                            insert.setObject(1, UUID.randomUUID());
                            insert.setString(2, TOPIC);
                            insert.setObject(3, UUID.randomUUID());
                            insert.setString(4, PAYLOAD.formatted(UUID.randomUUID(), "x".repeat(120)));
                            insert.executeUpdate();
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            for (var writer : done) {
                writer.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String figure = String.format("%-45s %,8.0f transactions/s", variant, INGEST_TRANSACTIONS / seconds);
        // Send what was written, so the next variant starts from an empty outbox.
        relay.wake();
        try (var database = DriverManager.getConnection(jdbcUrl, username, password)) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> unsent(database) == 0);
        }
        return figure;
    }

    private String producerSettings() {
        var config = ConfigProvider.getConfig();
        var settings = new ArrayList<String>();
        for (String name : List.of("linger.ms", "batch.size", "compression.type", "max-inflight-messages")) {
            // Set for a run with e.g. -Dmp.messaging.outgoing.outbox.linger.ms=20.
            config.getOptionalValue("mp.messaging.outgoing.outbox." + name, String.class)
                    .ifPresentOrElse(v -> settings.add(name + "=" + v), () -> settings.add(name + " default"));
        }
        return String.join(", ", settings);
    }

    private static long unsent(Connection database) throws SQLException {
        try (var query = database.createStatement();
                var rows = query.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection database, String sql) throws SQLException {
        try (var statement = database.createStatement()) {
            statement.execute(sql);
        }
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }

    private static void print(String title, List<String> figures) {
        var out = new StringBuilder("\n=== RELAY FIGURES: ").append(title).append('\n');
        figures.forEach(f -> out.append("    ").append(f).append('\n'));
        System.out.println(out);
    }

    /** Notes when each record arrives at a consumer of the topic, by its CloudEvent id. */
    private static final class Arrivals implements AutoCloseable {
        private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        private final Thread reader;
        private volatile boolean open = true;

        Arrivals(KafkaLogin login, String topic) {
            var config = new HashMap<>(login.clientConfig());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            reader = Thread.ofPlatform().name("arrivals").start(() -> {
                try (consumer) {
                    while (open) {
                        for (var record : consumer.poll(Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            var id = record.headers().lastHeader("ce_id");
                            if (id != null) {
                                arrivedAt.put(new String(id.value(), StandardCharsets.UTF_8), now);
                            }
                        }
                    }
                }
            });
        }

        long arrivalOf(UUID eventId) {
            String id = eventId.toString();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10)).until(() -> arrivedAt.containsKey(id));
            return arrivedAt.get(id);
        }

        @Override
        public void close() throws InterruptedException {
            open = false;
            reader.join();
        }
    }
}
