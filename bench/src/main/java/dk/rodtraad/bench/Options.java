package dk.rodtraad.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How long and how big the bench runs: the full run the figures come from, or {@code --quick}, a short run
 * that goes through every step (for developing the bench; its figures are rough).
 *
 * @param phase          how long each load phase measures
 * @param warmUp         how long the same load runs before a phase measures, its figures dropped: on two cores a
 *                       service under load keeps its JIT compiler busy for two to three minutes (the figures' notes
 *                       say how busy it still was while they were measured)
 * @param backlog        outbox rows in the relay's backlog (the issue: 100,000)
 * @param rebuildEvents  concern events put on the topic before a replica is rebuilt from it (the issue: 1,000,000)
 * @param timelineSize   entries on the child timeline that is read (the issue: 500)
 * @param interventions  interventions in the catalogue that is searched (the issue: 2,000)
 * @param kafkaRecords   records ProducerPerformance sends
 * @param latencyRecords round trips EndToEndLatency makes
 * @param only           the steps {@code --only} names (empty: every step), for measuring one figure while working on it
 */
record Options(boolean quick, Duration phase, Duration warmUp, int backlog, int rebuildEvents, int timelineSize,
        int interventions, int kafkaRecords, int latencyRecords, Set<String> only) {

    /** The steps {@code --only} can name, in the order the bench runs them. */
    static final List<String> STEPS = List.of("kafka", "ingest", "propagation", "timeline", "search", "backlog",
            "analytics", "footprint", "rebuild");

    private static final String USAGE = "Usage: bench [--quick] [--backlog <events>] [--only <step>,<step>...] (steps: "
            + String.join(", ", STEPS) + ")";

    static Options parse(String[] args) {
        boolean quick = false;
        Integer backlog = null;
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--backlog" -> backlog = Integer.parseInt(value(args, ++i));
                case "--only" -> only = steps(value(args, ++i));
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        return quick
                ? new Options(true, Duration.ofSeconds(5), Duration.ofSeconds(5), backlog == null ? 5_000 : backlog,
                        20_000, 500, 2_000, 50_000, 1_000, only)
                : new Options(false, Duration.ofSeconds(30), Duration.ofMinutes(2),
                        backlog == null ? 100_000 : backlog, 1_000_000, 500, 2_000, 200_000, 10_000, only);
    }

    /** Whether this run takes the step: every step, unless {@code --only} names some. */
    boolean runs(String step) {
        return only.isEmpty() || only.contains(step);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(USAGE);
        }
        return args[i];
    }

    private static Set<String> steps(String list) {
        var steps = new HashSet<String>();
        for (String step : list.split(",")) {
            if (!STEPS.contains(step.strip())) {
                throw new IllegalArgumentException("No step \"" + step.strip() + "\". " + USAGE);
            }
            steps.add(step.strip());
        }
        return Set.copyOf(steps);
    }
}
