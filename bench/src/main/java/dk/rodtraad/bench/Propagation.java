package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.HdrHistogram.Histogram;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * From the 201 of {@code POST /concerns} to the concern's entry on the child's timeline in network-meeting-service
 * and in followup-service, at {@link #RATE} concerns a second. Each replica stamps an entry with the moment it applied
 * it ({@code timeline_entry.received_at}, the same machine's clock): a concern has propagated when it is on both.
 */
final class Propagation {

    static final int RATE = 50;

    /**
     * @param refused concerns not recorded (the system did not keep up with the rate); not in the figures
     * @param missing concerns recorded but not on both timelines within two minutes; not in the figures
     */
    record Result(Histogram micros, int concerns, int refused, int missing, String firstRefusal) {
    }

    static Result run(BenchSystem bench, Load load, Duration duration) throws SQLException {
        String token = bench.token(StackConfig.CONCERN, DemoUsers.HANNE);
        Map<UUID, Instant> answered = new ConcurrentHashMap<>();
        var sent = load.atFixedRate(RATE, duration, i -> bench.concern(token, DemoUsers.HANNE, bench.newChild()), 201,
                (response, at) -> answered.put(UUID.fromString(BenchSystem.json(response.body()).get("childId").asText()), at));
        Map<UUID, Instant> arrived = new ConcurrentHashMap<>();
        BenchSystem.await(() -> {
            arrived.clear();
            arrived.putAll(latestArrival(bench, answered));
            return arrived.size() == answered.size();
        }, Duration.ofMinutes(2));
        var histogram = new Histogram(3);
        arrived.forEach((child, at) -> histogram.recordValue(Math.max(0, Duration.between(answered.get(child), at).toNanos() / 1000)));
        return new Result(histogram, answered.size(), sent.failed(), answered.size() - arrived.size(),
                sent.firstFailure());
    }

    /** For each child whose concern is on both timelines, when it arrived on the second of them. */
    private static Map<UUID, Instant> latestArrival(BenchSystem bench, Map<UUID, Instant> children) {
        var first = arrivals(bench, StackConfig.NETWORK_MEETING, children);
        var second = arrivals(bench, StackConfig.FOLLOWUP, children);
        var both = new ConcurrentHashMap<UUID, Instant>();
        first.forEach((child, at) -> {
            Instant other = second.get(child);
            if (other != null) {
                both.put(child, at.isAfter(other) ? at : other);
            }
        });
        return both;
    }

    private static Map<UUID, Instant> arrivals(BenchSystem bench, String service, Map<UUID, Instant> children) {
        var found = new ConcurrentHashMap<UUID, Instant>();
        try (var connection = bench.database(service); var statement = connection.prepareStatement(
                "select child_id, received_at from timeline_entry where child_id = any(?) "
                        + "and event_type like 'dk.rodtraad.concern.raised.%'")) {
            statement.setArray(1, connection.createArrayOf("uuid", children.keySet().toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private Propagation() {
    }
}
