package dk.rodtraad.bench;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackCpu;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code ./rodtraad bench}: starts the whole system on the bench's own ports with fresh data, measures the raw
 * baselines (Kafka's tools, PostgreSQL over JDBC) and the system's figures of issue 15 in one run, prints one table
 * and writes it to {@code bench/target/bench/bench.json}. A step that fails leaves its figures empty, with why, and
 * the run goes on. Everything it started stops when it ends. With {@code --soak [duration]} it runs the {@link Soak}
 * instead. See docs/performance.md.
 */
public final class Bench {

    private static final PrintStream OUT = System.out;
    private static final double MILLION = 1_000_000;

    private final Options options;
    private final List<Figure> figures = new ArrayList<>();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals(SoakOptions.FLAG)) {
            Soak.run(SoakOptions.parse(args));
        } else {
            bench(Options.parse(args));
        }
        System.exit(0);
    }

    private static void bench(Options options) throws IOException {
        var context = context(options.quick() ? " (--quick: short phases, rough figures)" : "");
        var bench = new Bench(options);
        Path out = onFreshSystem((system, stackUp) -> bench.measure(system, results(system), stackUp));
        var table = new BenchTable(bench.figures, context);
        OUT.println();
        OUT.println(table.render());
        Files.writeString(out.resolve("bench.json"), table.toJson());
        Files.writeString(out.resolve("bench.md"), table.render());
        OUT.println("Written to " + out.resolve("bench.json") + " and bench.md");
    }

    /** What a run was: when (with {@code mode} after it), and on which machine. */
    static LinkedHashMap<String, String> context(String mode) {
        var context = new LinkedHashMap<String, String>();
        context.put("run", Instant.now().toString() + mode);
        context.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + ProcessHandle.current().info().command().orElse("java") + " " + Runtime.version());
        return context;
    }

    /** Work on the system, told how long the system took to come up. */
    interface OnSystem {
        void run(BenchSystem system, Duration stackUp) throws IOException;
    }

    /**
     * Starts the whole system on the bench's own ports with fresh data, does the work on it, and stops everything it
     * started; returns the folder the results go to ({@code bench/target/bench}).
     */
    static Path onFreshSystem(OnSystem work) throws IOException {
        var config = StackConfig.bench();
        Files.createDirectories(results(config));
        // The infrastructure stops with this JVM; the services, processes of their own, would outlive a bench that is
        // interrupted, and a later run would take them up with their databases gone: stop them in both cases.
        RunningSystem.attach(config).stopServices();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RunningSystem.attach(config).stopServices()));
        OUT.println("Starting the system on the bench's ports (state in " + config.stateDir() + ") ...");
        Instant begun = Instant.now();
        try (RunningSystem system = RunningSystem.start(config, OUT::println)) {
            work.run(new BenchSystem(system), Duration.between(begun, Instant.now()));
        }
        return results(config);
    }

    private static Path results(StackConfig config) {
        return config.root().resolve("bench/target/bench");
    }

    /** The folder the results go to. */
    static Path results(BenchSystem system) {
        return results(system.system().config());
    }

    private void measure(BenchSystem bench, Path out, Duration stackUp) {
        var load = new Load();
        var kafka = new KafkaBaselines(bench.system().config().root(), out,
                bench.system().infrastructure().kafkaLogin(KafkaPrincipals.ADMIN));
        var endToEnd = step("kafka", "Kafka EndToEndLatency", () -> kafka.endToEnd(options.latencyRecords()));
        var producer = step("kafka", "Kafka ProducerPerformance", () -> kafka.producer(options.kafkaRecords()));
        var ingest = step("ingest", "ingest", () -> Ingest.run(bench, load, options.warmUp(), options.phase()));
        var cpuBeforeBaseline = StackCpu.of(bench.system());
        var postgres = ingest == null ? null : step("ingest", "PostgreSQL baseline", () -> new PostgresBaseline(
                bench.system().infrastructure().database("bench")).unitsPerSecond(ingest.mix(), Ingest.CLIENTS, options.phase()));
        // The baseline is CPU-bound too, its JDBC clients ("the load") beside PostgreSQL on the same two cores.
        String baselineCpu = StackCpu.of(bench.system()).sharesSince(cpuBeforeBaseline);
        bench.awaitQuiet();
        var propagation = step("propagation", "propagation", () -> Propagation.run(bench, load, options.phase().multipliedBy(2)));
        bench.awaitQuiet();
        var timeline = step("timeline", "timeline reads", () -> Reads.timeline(bench, load, options.timelineSize(), options.warmUp(), options.phase()));
        // Each read's audit entry goes to concern-service as an event: let those settle before the search is measured.
        bench.awaitQuiet();
        var search = step("search", "catalogue search", () -> Reads.search(bench, load, options.interventions(), options.warmUp(), options.phase()));
        bench.awaitQuiet();
        var backlog = step("backlog", "backlog", () -> Backlog.run(bench, options.backlog()));
        var analytics = step("analytics", "the analysts' stream", () -> AnalyticsStream.run(bench, OUT::println));

        String propagationNote = propagation == null ? "failed (see above)"
                : propagation.concerns() + " concerns at " + Propagation.RATE + "/s, " + propagation.missing()
                        + " not on both timelines within 2 min, " + failures(propagation.refused(), "refused",
                        propagation.firstRefusal()) + "; baseline: EndToEndLatency, 1 KB, acks=all";
        add(propagation == null || endToEnd == null ? null : Figure.against("Propagation p50, concern → both timelines",
                "ms", propagation.micros().getValueAtPercentile(50) / 1000.0, endToEnd.p50Millis(), Goal.NONE, propagationNote),
                "Propagation p50, concern → both timelines", "ms", Goal.NONE);
        add(propagation == null || endToEnd == null ? null : Figure.against("Propagation p99, concern → both timelines",
                "ms", propagation.micros().getValueAtPercentile(99) / 1000.0, endToEnd.p99Millis(), Goal.ratioAtMost(10), ""),
                "Propagation p99, concern → both timelines", "ms", Goal.ratioAtMost(10));
        add(ingest == null || postgres == null ? null : Figure.against("Ingest, " + Ingest.CLIENTS + " clients",
                "concerns/s", ingest.load().perSecond(), postgres, Goal.ratioAtLeast(0.4),
                "p50 " + Goal.number(ingest.load().millis(50)) + " ms, p99 " + Goal.number(ingest.load().millis(99))
                        + " ms, " + ingest.load().failed() + " refused; per concern " + ingest.mix().describe()
                        + "; baseline: the same mix over JDBC, " + Ingest.CLIENTS + " connections, ≈ 1 KB rows, "
                        + "its CPU in % of one core: " + baselineCpu + "; " + ingest.meanwhile()),
                "Ingest, " + Ingest.CLIENTS + " clients", "concerns/s", Goal.ratioAtLeast(0.4));
        add(backlog == null || ingest == null ? null : Figure.against("Relay drain of a backlog", "events/s",
                backlog.relayPerSecond(), ingest.load().perSecond(), Goal.ratioAtLeast(5),
                "baseline: the ingest rate above; " + backlog.note()),
                "Relay drain of a backlog", "events/s", Goal.ratioAtLeast(5));
        add(backlog == null || producer == null ? null : Figure.against("Relay drain vs Kafka's producer alone",
                "events/s", backlog.relayPerSecond(), producer.recordsPerSecond(), Goal.NONE,
                "baseline: ProducerPerformance, " + options.kafkaRecords() + " records of 1 KB, acks=all"),
                "Relay drain vs Kafka's producer alone", "events/s", Goal.NONE);
        add(backlog == null ? null : Figure.of("Backlog of 100,000 drained in", "s",
                backlog.size() == 100_000 ? backlog.drained().toMillis() / 1000.0 : 100_000 / backlog.relayPerSecond(),
                Goal.atMost(30), backlog.size() == 100_000 ? "" : "from the drain rate of " + backlog.size() + " events"),
                "Backlog of 100,000 drained in", "s", Goal.atMost(30));
        add(backlog == null ? null : Figure.of("Replay into a replica (network-meeting)", "events/s",
                backlog.replayPerSecond(), Goal.atLeast(20_000), "the backlog, applied after a restart; " + backlog.replayNote()),
                "Replay into a replica (network-meeting)", "events/s", Goal.atLeast(20_000));
        addRead("Timeline of " + options.timelineSize() + " entries, p99 at " + Reads.RATE + " req/s", timeline, 10,
                "network-meeting-service's GET /children/{id}/timeline");
        addRead("Catalogue search over " + options.interventions() + ", p99 at " + Reads.RATE + " req/s", search, 50,
                "GET /search?q=<one of six words>");
        add(analytics == null ? null : Figure.of("Analysts' stream, pseudonymising from the start", "events/s",
                analytics.perSecond(), Goal.NONE, analytics.note()),
                "Analysts' stream, pseudonymising from the start", "events/s", Goal.NONE);
        footprint(bench, stackUp);
        // Last: it stops the other timeline replicas (ReplicaRebuild).
        var rebuild = step("rebuild", "a replica's rebuild", () -> ReplicaRebuild.run(bench, options.rebuildEvents(), OUT::println));
        add(rebuild == null ? null : Figure.of("Rebuild of a replica (network-meeting timeline)", "events/s",
                rebuild.perSecond(), Goal.atLeast(20_000), rebuild.note()),
                "Rebuild of a replica (network-meeting timeline)", "events/s", Goal.atLeast(20_000));
        add(rebuild == null ? null : Figure.of("Rebuild of 1,000,000 events", "s", MILLION / rebuild.perSecond(),
                Goal.atMost(60), "at the rebuild's rate above"), "Rebuild of 1,000,000 events", "s", Goal.atMost(60));
    }

    /** Resident memory after the run's load (the warm-up), then each service started alone. */
    private void footprint(BenchSystem bench, Duration stackUp) {
        if (!options.runs("footprint")) {
            OUT.println("Left out: footprint (--only)");
            return;
        }
        var pids = new HashSet<Long>();
        for (ServiceProcess service : bench.system().services()) {
            service.running().ifPresent(process -> {
                pids.add(process.pid());
                add(Figure.of(service.name() + " resident after the run", "MB",
                        Footprint.residentMegabytes(process.pid()), Goal.atMost(250), ""), null, null, null);
            });
        }
        add(Figure.of("Whole stack resident after the run", "MB",
                Footprint.stackMegabytes(bench.system().config().stateDir(), pids), Goal.atMost(3 * 1024),
                "the four services, PostgreSQL with its backends, the broker, Keycloak"), null, null, null);
        add(Figure.of("Whole stack up, fresh state", "s", stackUp.toMillis() / 1000.0, Goal.atMost(60),
                "from nothing to four services ready, Keycloak importing its realm"), null, null, null);
        // As a deployment would start them: from an AOT cache trained on a real start of this build (ADR 0029).
        Boolean trained = step("footprint", "the services' startup training",
                () -> bench.system().trainStartups(OUT::println));
        String archive = Boolean.TRUE.equals(trained) ? "its AOT cache trained on a real start"
                : "the build's AOT cache (not trained: see the log above)";
        for (ServiceProcess service : bench.system().services()) {
            String name = service.name() + " ready, started alone";
            var starts = step("footprint", name,
                    () -> Footprint.startsAlone(service, bench.system().serviceConfig(service.name())));
            add(starts == null ? null : Figure.of(name, "s", starts.median(), Goal.atMost(3),
                    "from launching its JVM to /q/health/ready answering 200, " + archive + "; the median of "
                            + starts.described()), name, "s", Goal.atMost(3));
        }
    }

    /** e.g. "0 failed", or "12 failed (first: 500 {...})" */
    private static String failures(int count, String what, String first) {
        return count + " " + what + (count == 0 ? "" : " (first: " + first + ")");
    }

    /**
     * A read's p99 at its fixed rate, when every read was answered. A run with failed reads gives no figure, whatever
     * its p99: a read a busy service sheds (503 at once) comes back fast, and counting its latency would flatter the
     * figure; the note says what the reads did.
     */
    private void addRead(String name, Reads.Result reads, double goalMillis, String what) {
        Goal goal = Goal.atMost(goalMillis);
        if (reads == null) {
            add(null, name, "ms", goal);
            return;
        }
        var load = reads.load();
        String note = "p50 " + Goal.number(load.millis(50)) + " ms, p99 " + Goal.number(load.millis(99)) + " ms, "
                + failures(load.failed(), "failed", load.firstFailure()) + "; " + what + "; " + reads.meanwhile();
        add(load.failed() == 0 ? Figure.of(name, "ms", load.millis(99), goal, note)
                : Figure.missing(name, "ms", goal, "no figure, as " + load.failed() + " of "
                        + (load.succeeded() + load.failed()) + " reads failed: " + note), name, "ms", goal);
    }

    /** Adds the figure, or one saying it is missing. */
    private void add(Figure figure, String name, String unit, Goal goal) {
        figures.add(figure != null ? figure : Figure.missing(name, unit, goal, "not measured: its step failed or --only left it out (see the log above)"));
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /**
     * Runs one step of the bench, saying so; null if it failed (the run goes on without its figures) or if
     * {@code --only} left its {@code key} out.
     */
    private <T> T step(String key, String name, Step<T> step) {
        if (!options.runs(key)) {
            OUT.println("Left out: " + name + " (--only)");
            return null;
        }
        OUT.println("Measuring: " + name + " ...");
        try {
            return step.run();
        } catch (Exception e) {
            OUT.println("  " + name + " failed: " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return null;
        }
    }
}
