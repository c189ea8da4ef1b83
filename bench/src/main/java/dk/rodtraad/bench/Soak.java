package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * {@code ./rodtraad bench --soak [duration]}: the whole system under a mixed load at fixed rates for a long while
 * (default 30 minutes), to see what a short bench cannot: errors that come only with time, latencies that drift,
 * memory that grows. It prints a line every interval and a summary at the end, and writes both to
 * {@code bench/target/bench/soak.json} and {@code soak.md}. See docs/performance.md, "Soak".
 */
final class Soak {

    /** The children the concerns go round and whose timelines are read: each has one concern before the load. */
    static final int CHILDREN = 100;
    /** The catalogue that is searched: the bench's size. */
    static final int INTERVENTIONS = 2_000;

    private static final PrintStream OUT = System.out;
    private static final List<String> TIMELINE_REPLICAS = List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.FOLLOWUP);

    private final BenchSystem bench;
    private final SoakOptions options;
    private final SoakLog log = new SoakLog();
    /** The ids of the concerns the load recorded (answered 201), for the count check. */
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    private Soak(BenchSystem bench, SoakOptions options) {
        this.bench = bench;
        this.options = options;
    }

    static void run(SoakOptions options) throws IOException {
        var context = Bench.context(" (--soak " + SoakReport.clock(options.duration()) + ")");
        context.put("load", options.rate() + " concerns/s, " + options.rate() * requestsPerConcern()
                + " requests/s in all, open model, for " + SoakReport.clock(options.duration()) + " (min:s); "
                + CHILDREN + " children, a catalogue of " + INTERVENTIONS + " interventions");
        Bench.onFreshSystem((system, stackUp) -> {
            var report = new Soak(system, options).soak(context);
            Path out = Bench.results(system);
            OUT.println();
            OUT.println(report.render());
            Files.writeString(out.resolve("soak.json"), report.toJson());
            Files.writeString(out.resolve("soak.md"), report.render());
            OUT.println("Written to " + out.resolve("soak.json") + " and soak.md");
        });
    }

    private SoakReport soak(Map<String, String> context) throws IOException {
        OUT.println("Filling the catalogue with " + INTERVENTIONS + " interventions ...");
        Reads.fillCatalogue(bench, INTERVENTIONS);
        OUT.println("Recording a concern about each of " + CHILDREN + " children ...");
        List<String> cprs = new ArrayList<>();
        List<String> children = new ArrayList<>();
        String lise = bench.token(StackConfig.CONCERN, DemoUsers.LISE);
        for (int i = 0; i < CHILDREN; i++) {
            cprs.add(bench.newChild());
            var response = Reads.send(bench.concern(lise, DemoUsers.LISE, cprs.getLast()));
            children.add(BenchSystem.json(response.body()).get("childId").asText());
        }
        // The children's timelines and Lise's access to them reach the replicas before the first read.
        bench.awaitQuiet();

        var start = memory();
        OUT.println("Soaking for " + SoakReport.clock(options.duration()) + " (min:s), a line every "
                + SoakReport.clock(options.interval()) + " ...");
        String[] header = SoakReport.intervalHeader();
        // As wide as the header, and the clock column as wide as "999:59".
        int[] widths = Arrays.stream(header).mapToInt(cell -> Math.max(6, cell.length())).toArray();
        OUT.print(BenchTable.line(header, widths));
        long begun = System.nanoTime();
        var clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> printLine(begun, widths), options.interval().toNanos(),
                options.interval().toNanos(), TimeUnit.NANOSECONDS);
        load(cprs, children);
        clock.shutdownNow();
        try {
            clock.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // The answers that came after the last full interval.
        printLine(begun, widths);

        OUT.println("Waiting for the replicas to catch up, then counting ...");
        bench.awaitQuiet();
        var replicas = replicas();
        return new SoakReport(context, options, log.intervals(), log.total(), start, memory(), replicas);
    }

    /** Closes the interval running now and prints its line; a cell wider than its column widens it. */
    private void printLine(long begun, int[] widths) {
        String[] cells = SoakReport.intervalCells(log.close(Duration.ofNanos(System.nanoTime() - begun),
                servicesMegabytes()));
        int[] fitting = widths.clone();
        for (int i = 0; i < cells.length; i++) {
            fitting[i] = Math.max(fitting[i], cells[i].length());
        }
        OUT.print(BenchTable.line(cells, fitting));
    }

    /** Every kind of request at its rate, side by side, until the duration is over and every answer is in. */
    private void load(List<String> cprs, List<String> children) {
        var load = new Load();
        var concerns = new FreshToken(bench, StackConfig.CONCERN, DemoUsers.LISE);
        var searches = new FreshToken(bench, StackConfig.CATALOGUE, DemoUsers.HANNE);
        var networkMeeting = new FreshToken(bench, StackConfig.NETWORK_MEETING, DemoUsers.LISE);
        var followup = new FreshToken(bench, StackConfig.FOLLOWUP, DemoUsers.LISE);
        Map<SoakRequest, IntFunction<HttpRequest>> requests = Map.of(
                SoakRequest.CONCERN, i -> bench.concern(concerns.get(), DemoUsers.LISE, cprs.get(i % CHILDREN)),
                SoakRequest.SEARCH, i -> Reads.search(bench, searches.get(), i),
                SoakRequest.TIMELINE_NETWORK_MEETING, i -> bench.get(StackConfig.NETWORK_MEETING,
                        "/children/" + children.get(i % CHILDREN) + "/timeline", networkMeeting.get()),
                SoakRequest.TIMELINE_FOLLOWUP, i -> bench.get(StackConfig.FOLLOWUP,
                        "/children/" + children.get(i % CHILDREN) + "/timeline", followup.get()));
        var senders = new EnumMap<SoakRequest, Future<?>>(SoakRequest.class);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SoakRequest kind : SoakRequest.values()) {
                senders.put(kind, threads.submit(() -> load.sendAtFixedRate(options.rate() * kind.perConcern(), options.duration(),
                        requests.get(kind), (micros, response, error, answered) -> {
                            String failure = Tally.error(kind.expectedStatus(),
                                    response == null ? null : response.statusCode(), error);
                            log.record(kind, micros, failure);
                            if (kind == SoakRequest.CONCERN && failure == null) {
                                recorded.add(BenchSystem.json(response.body()).get("id").asText());
                            }
                        })));
            }
        }
        // A kind whose sender stopped early (its requests could not be made) says so; the others' figures stand.
        senders.forEach((kind, sender) -> {
            if (sender.state() == Future.State.FAILED) {
                OUT.println("  The " + kind.label() + " load stopped early: " + sender.exceptionNow());
            }
        });
    }

    /** How many of the recorded concerns each timeline replica holds. */
    private SoakReport.Replicas replicas() {
        var found = new LinkedHashMap<String, Long>();
        String[] ids = recorded.toArray(String[]::new);
        for (String service : TIMELINE_REPLICAS) {
            found.put(service, bench.count(service, "select count(*) from timeline_entry where event_type like "
                    + "'dk.rodtraad.concern.raised.%' and payload->>'concernId' = any(string_to_array(?, ','))",
                    String.join(",", ids)));
        }
        return new SoakReport.Replicas(ids.length, found);
    }

    /** Each service's resident memory now, and the whole stack's. */
    private SoakReport.Memory memory() {
        var pss = new LinkedHashMap<String, Double>();
        var rss = new LinkedHashMap<String, Double>();
        Set<Long> pids = new HashSet<>();
        for (ServiceProcess service : bench.system().services()) {
            long pid = service.running().map(ProcessHandle::pid).orElse(0L);
            pids.add(pid);
            pss.put(service.name(), Footprint.proportionalMegabytes(pid));
            rss.put(service.name(), Footprint.residentMegabytes(pid));
        }
        return new SoakReport.Memory(pss, rss, Footprint.stackMegabytes(bench.system().config().stateDir(), pids));
    }

    /** The four services' resident memory now ({@code Pss}, summed). */
    private double servicesMegabytes() {
        return bench.system().services().stream().mapToDouble(service -> service.running()
                .map(process -> Footprint.proportionalMegabytes(process.pid())).orElse(0.0)).sum();
    }

    private static int requestsPerConcern() {
        return Arrays.stream(SoakRequest.values()).mapToInt(SoakRequest::perConcern).sum();
    }
}
