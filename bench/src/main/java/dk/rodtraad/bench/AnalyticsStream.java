package dk.rodtraad.bench;

import dk.rodtraad.contracts.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The analysts' pseudonymiser catching up with everything the run has written. The bench starts it only now, after
 * the backlog, so it reads the four services' topics from their beginning (exactly once, Kafka Streams) and writes
 * one pseudonymised record per event to the analytics topic. Its rate is the source records it committed from its
 * first commit to the one that reached the topics' end, over that time: the rebalance before its first commit is not
 * counted, as it is not per record. Stopped afterwards, so that the footprint figures stay the services'.
 */
final class AnalyticsStream {

    /** The pseudonymiser's Kafka Streams application id, which is its consumer group (its application.properties). */
    static final String GROUP = "analytics-stream-pseudonymiser";

    record Result(long records, Duration took, boolean caughtUp) {
        double perSecond() {
            return records / (Math.max(1, took.toMillis()) / 1000.0);
        }

        String note() {
            return (caughtUp ? "" : "not caught up within the limit: ") + records + " events of the four services' "
                    + "topics pseudonymised in " + Goal.number(took.toMillis() / 1000.0) + " s, read from the start "
                    + "(exactly once); from its first commit to its last";
        }
    }

    static Result run(BenchSystem bench, Consumer<String> progress) {
        bench.system().startAnalytics(progress);
        try {
            var first = new BenchSystem.Progress[1];
            var firstAt = new Instant[1];
            var last = new BenchSystem.Progress[1];
            boolean caughtUp = BenchSystem.await(() -> {
                var now = bench.progress(GROUP, Topics.ANALYTICS_SOURCES);
                if (first[0] == null && now.committed() > 0) {
                    first[0] = now;
                    firstAt[0] = Instant.now();
                }
                last[0] = now;
                return first[0] != null && now.caughtUp();
            }, Duration.ofMinutes(20));
            if (first[0] == null) {
                throw new IllegalStateException("the pseudonymiser committed nothing within 20 minutes");
            }
            return new Result(last[0].committed() - first[0].committed(), Duration.between(firstAt[0], Instant.now()),
                    caughtUp);
        } finally {
            bench.system().analytics().stop();
        }
    }

    private AnalyticsStream() {
    }
}
