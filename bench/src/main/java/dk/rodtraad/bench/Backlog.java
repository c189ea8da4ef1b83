package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The relay draining a backlog, then a consumer catching up with it. One concern's {@code concern.raised} row in
 * concern-service's outbox is copied {@code size} times under new event ids in one transaction, as if that many
 * concerns had been recorded while Kafka was away; only the timeline replicas consume those events, so the copies
 * add entries to one bench child's timelines and nothing else. network-meeting-service is stopped meanwhile, and
 * started once the relay is done, so its replay is measured alone.
 */
final class Backlog {

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

        Instant committed = fill(bench, child, size);
        Duration drainLimit = Duration.ofMinutes(20);
        boolean drained = BenchSystem.await(() -> bench.count(StackConfig.CONCERN,
                "select count(*) from outbox_event where sent_at is null") == 0, drainLimit);
        long sent = bench.count(StackConfig.CONCERN,
                "select count(*) from outbox_event where subject_id = ? and sent_at >= ?", child, Timestamp.from(committed));
        Instant lastSent = instant(bench, StackConfig.CONCERN,
                "select max(sent_at) from outbox_event where subject_id = ?", child);
        Duration drainTime = Duration.between(committed, lastSent);
        double relayRate = sent / seconds(drainTime);

        consumer.start(bench.system().serviceConfig(StackConfig.NETWORK_MEETING));
        consumer.awaitReady(Duration.ofMinutes(2));
        BenchSystem.await(() -> bench.count(StackConfig.NETWORK_MEETING,
                "select count(*) from timeline_entry where child_id = ?", child) >= sent + 1, Duration.ofMinutes(20));
        long replayed = bench.count(StackConfig.NETWORK_MEETING,
                "select count(*) from timeline_entry where child_id = ? and received_at > ?", child,
                Timestamp.from(lastSent));
        Instant firstApplied = instant(bench, StackConfig.NETWORK_MEETING,
                "select min(received_at) from timeline_entry where child_id = ? and received_at > ?", child,
                Timestamp.from(lastSent));
        Instant lastApplied = instant(bench, StackConfig.NETWORK_MEETING,
                "select max(received_at) from timeline_entry where child_id = ?", child);
        double replayRate = replayed / seconds(Duration.between(firstApplied, lastApplied));
        // The restarted service compiles as it goes: the second half shows the pace of a long rebuild.
        Instant halfApplied = instant(bench, StackConfig.NETWORK_MEETING, """
                select received_at from timeline_entry where child_id = ? and received_at > ?
                order by received_at offset ? limit 1""", child, Timestamp.from(lastSent), replayed / 2);
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

    /** Copies the child's concern.raised outbox row {@code size} times in one transaction; returns when it committed. */
    private static Instant fill(BenchSystem bench, UUID child, int size) throws SQLException {
        try (var connection = bench.database(StackConfig.CONCERN); var statement = connection.prepareStatement("""
                insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
                select gen_random_uuid(), event_type, topic, subject_id, occurred_at, payload, now()
                from (select * from outbox_event where subject_id = ? and event_type like 'dk.rodtraad.concern.raised.%'
                      limit 1) template, generate_series(1, ?)""")) {
            statement.setObject(1, child);
            statement.setInt(2, size);
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
