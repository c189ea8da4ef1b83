package dk.rodtraad.bench;

import java.time.Duration;

/**
 * How long and how big the bench runs: the full run the figures come from, or {@code --quick}, a short run
 * that goes through every step (for developing the bench; its figures are rough).
 *
 * @param phase          how long each load phase runs
 * @param backlog        outbox rows in the relay's backlog (the issue: 100,000)
 * @param timelineSize   entries on the child timeline that is read (the issue: 500)
 * @param interventions  interventions in the catalogue that is searched (the issue: 2,000)
 * @param kafkaRecords   records ProducerPerformance sends
 * @param latencyRecords round trips EndToEndLatency makes
 */
record Options(boolean quick, Duration phase, int backlog, int timelineSize, int interventions, int kafkaRecords,
        int latencyRecords) {

    static Options parse(String[] args) {
        boolean quick = false;
        Integer backlog = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--backlog" -> backlog = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Usage: bench [--quick] [--backlog <events>]");
            }
        }
        Options options = quick
                ? new Options(true, Duration.ofSeconds(5), 5_000, 500, 2_000, 50_000, 1_000)
                : new Options(false, Duration.ofSeconds(30), 100_000, 500, 2_000, 200_000, 10_000);
        return backlog == null ? options : new Options(options.quick, options.phase, backlog, options.timelineSize,
                options.interventions, options.kafkaRecords, options.latencyRecords);
    }
}
