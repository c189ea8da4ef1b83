package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The relay draining a backlog, then a consumer catching up with it. One concern's {@code concern.raised} row in
 * concern-service's outbox is copied {@code size} times under new event ids in one transaction, as if that many
 * concerns had been recorded while Kafka was away, spread over {@value #CHILDREN} new children: a rebuild spans a
 * municipality's children, so every partition of the topic, and each consumer of the replica takes its share. Only
 * the timeline replicas consume those events, so the copies add timeline entries and nothing else.
 * network-meeting-service is stopped meanwhile, and started once the relay is done, so its replay is measured alone.
 */
final class Backlog {

    /** Enough children that the hash of their ids spreads the copies evenly over the partitions. */
    static final int CHILDREN = 300;

    record Result(int size, double relayPerSecond, Duration drained, double replayPerSecond, String note,
            String replayNote) {
    }

    static Result run(BenchSystem bench, int size) throws SQLException {
        String token = bench.token(StackConfig.CONCERN, DemoUsers.HANNE);
        UUID child;
        try {
            var response = HttpClient.newHttpClient().send(bench.concern(token, DemoUsers.HANNE, bench.newChild()),
                    HttpResponse.BodyHandlers.ofString());
            child = UUID.fromString(BenchSystem.json(response.body()).get("childId").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ServiceProcess consumer = bench.system().service(StackConfig.NETWORK_MEETING);
        BenchSystem.await(() -> bench.count(StackConfig.NETWORK_MEETING,
                "select count(*) from timeline_entry where child_id = ?", child) > 0, Duration.ofMinutes(1));
        consumer.stop();

        String children = IntStream.range(0, CHILDREN).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(",", "{", "}"));
        Instant committed = fill(bench, child, children, size);
        Duration drainLimit = Duration.ofMinutes(20);
        boolean drained = BenchSystem.await(() -> bench.count(StackConfig.CONCERN,
                "select count(*) from outbox_event where sent_at is null") == 0, drainLimit);
        long sent = bench.count(StackConfig.CONCERN, "select count(*) from outbox_event "
                + "where subject_id = any(cast(? as uuid[])) and sent_at is not null", children);
        Instant lastSent = instant(bench, StackConfig.CONCERN,
                "select max(sent_at) from outbox_event where subject_id = any(cast(? as uuid[]))", children);
        Duration drainTime = Duration.between(committed, lastSent);
        double relayRate = sent / seconds(drainTime);

        consumer.start(bench.system().serviceConfig(StackConfig.NETWORK_MEETING));
        consumer.awaitReady(Duration.ofMinutes(2));
        String ofTheBacklog = "from timeline_entry where child_id = any(cast(? as uuid[]))";
        BenchSystem.await(() -> bench.count(StackConfig.NETWORK_MEETING, "select count(*) " + ofTheBacklog, children)
                >= sent, Duration.ofMinutes(20));
        long replayed = bench.count(StackConfig.NETWORK_MEETING, "select count(*) " + ofTheBacklog, children);
        Instant firstApplied = instant(bench, StackConfig.NETWORK_MEETING, "select min(received_at) " + ofTheBacklog,
                children);
        Instant lastApplied = instant(bench, StackConfig.NETWORK_MEETING, "select max(received_at) " + ofTheBacklog,
                children);
        double replayRate = replayed / seconds(Duration.between(firstApplied, lastApplied));
        // The restarted service compiles as it goes: the second half shows the pace of a long rebuild.
        Instant halfApplied = instant(bench, StackConfig.NETWORK_MEETING,
                "select received_at " + ofTheBacklog + " order by received_at offset ? limit 1", children, replayed / 2);
        String note = (drained ? "" : "not drained within " + drainLimit.toMinutes() + " min: ") + sent + " of " + size
                + " sent in " + Goal.number(seconds(drainTime)) + " s";
        String replayNote = replayed + " applied by network-meeting-service from its first to its last in "
                + Goal.number(seconds(Duration.between(firstApplied, lastApplied))) + " s after its restart: the first "
                + "half at " + Goal.number(replayed / 2 / seconds(Duration.between(firstApplied, halfApplied)))
                + " events/s, the second at "
                + Goal.number((replayed - replayed / 2) / seconds(Duration.between(halfApplied, lastApplied)))
                + " events/s";
        return new Result(size, relayRate, drainTime, replayRate, note, replayNote);
    }

    /**
     * Copies the child's concern.raised outbox row {@code size} times in one transaction, each copy about one of the
     * {@code children} in turn (its subject, so its key and partition); returns when it committed.
     */
    private static Instant fill(BenchSystem bench, UUID child, String children, int size) throws SQLException {
        try (var connection = bench.database(StackConfig.CONCERN); var statement = connection.prepareStatement("""
                insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
                select gen_random_uuid(), event_type, topic, (cast(? as uuid[]))[1 + copy % ?], occurred_at, payload,
                       now()
                from (select * from outbox_event where subject_id = ? and event_type like 'dk.rodtraad.concern.raised.%'
                      limit 1) template, generate_series(1, ?) copy""")) {
            statement.setString(1, children);
            statement.setInt(2, CHILDREN);
            statement.setObject(3, child);
            statement.setInt(4, size);
            statement.executeUpdate();
        }
        return Instant.now();
    }

    private static Instant instant(BenchSystem bench, String service, String sql, Object... parameters) {
        try (var connection = bench.database(service); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(Duration duration) {
        return Math.max(1, duration.toMillis()) / 1000.0;
    }

    private Backlog() {
    }
}
