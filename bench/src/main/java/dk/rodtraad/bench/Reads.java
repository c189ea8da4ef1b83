package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackCpu;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two reads the issue names, each at {@link #RATE} requests a second after a warm-up whose figures are dropped:
 * a child's timeline with many entries in network-meeting-service, and a full-text search over a large catalogue.
 */
final class Reads {

    static final int RATE = 200;
    /** Searches a professional would make; the load goes round them. */
    private static final List<String> QUERIES = List.of("trivsel", "angst", "forældre", "skole", "søvn", "gruppe");

    private static final int IMPORT_ROWS = 100;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(30);

    /**
     * @param meanwhile how busy the read service's JIT compiler was while the reads were measured, and where the
     *                  stack's CPU went
     */
    record Result(Load.Result load, String meanwhile) {
    }

    /** Lise records {@code entries} concerns about one child, then reads the child's timeline in network-meeting-service. */
    static Result timeline(BenchSystem bench, Load load, int entries, Duration warmUp, Duration duration) {
        String cpr = bench.newChild();
        String recorder = bench.token(StackConfig.CONCERN, DemoUsers.LISE);
        String child = null;
        for (int i = 0; i < entries; i++) {
            var response = send(bench.concern(recorder, DemoUsers.LISE, cpr));
            child = BenchSystem.json(response.body()).get("childId").asText();
        }
        var childId = java.util.UUID.fromString(child);
        if (!BenchSystem.await(() -> bench.count(StackConfig.NETWORK_MEETING,
                "select count(*) from timeline_entry where child_id = ?", childId) >= entries, Duration.ofMinutes(10))) {
            throw new IllegalStateException("The child's " + entries + " entries did not all reach network-meeting-service");
        }
        String reader = bench.token(StackConfig.NETWORK_MEETING, DemoUsers.LISE);
        String path = "/children/" + child + "/timeline";
        return warmThenMeasure(bench, StackConfig.NETWORK_MEETING, load, warmUp, duration,
                i -> bench.get(StackConfig.NETWORK_MEETING, path, reader));
    }

    /** Fills the catalogue to {@code size} interventions, then searches it as a professional. */
    static Result search(BenchSystem bench, Load load, int size, Duration warmUp, Duration duration) throws IOException {
        fillCatalogue(bench, size);
        String professional = bench.token(StackConfig.CATALOGUE, DemoUsers.HANNE);
        return warmThenMeasure(bench, StackConfig.CATALOGUE, load, warmUp, duration, i -> search(bench, professional, i));
    }

    /** The {@code i}-th search of a load: {@code GET /search?q=} one of {@link #QUERIES} in turn. */
    static HttpRequest search(BenchSystem bench, String token, int i) {
        return bench.get(StackConfig.CATALOGUE,
                "/search?q=" + URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8), token);
    }

    /**
     * Fills the catalogue to {@code size} interventions: the demo catalogue and copies of its interventions under new
     * codes, imported by the katalogredaktør as CSV files.
     */
    static void fillCatalogue(BenchSystem bench, int size) throws IOException {
        List<String> demo = Files.readAllLines(bench.system().config().root()
                .resolve("catalogue-service/src/main/resources/demo/interventions.csv"), StandardCharsets.UTF_8);
        String header = demo.getFirst();
        List<String> rows = demo.subList(1, demo.size());
        String editor = bench.token(StackConfig.CATALOGUE, DemoUsers.KARIN);
        importRows(bench, editor, header, rows);
        var copies = new ArrayList<String>();
        for (int copy = 1; rows.size() + copies.size() < size; copy++) {
            for (String row : rows) {
                if (rows.size() + copies.size() < size) {
                    String[] fields = row.split(";", -1);
                    fields[0] = fields[0] + "-kopi-" + copy;
                    fields[1] = fields[1] + " (kopi " + copy + ")";
                    copies.add(String.join(";", fields));
                }
            }
        }
        // In files of a hundred rows: the whole catalogue in one file took catalogue-service longer than a request may.
        for (int from = 0; from < copies.size(); from += IMPORT_ROWS) {
            importRows(bench, editor, header, copies.subList(from, Math.min(copies.size(), from + IMPORT_ROWS)));
        }
    }

    /**
     * A warm-up at the same rate (the JIT, the pools), in slices of {@link #WARM_UP_SLICE} whose figures are printed, so
     * the log shows whether the service settles or falls behind; then the measured run. A run with failed reads gives
     * no figure in the table ({@code Bench.addRead}): a system that cannot keep up at this rate must not look faster
     * for it.
     */
    private static Result warmThenMeasure(BenchSystem bench, String service, Load load, Duration warmUp,
            Duration duration, java.util.function.IntFunction<HttpRequest> requests) {
        for (Duration left = warmUp; left.isPositive(); left = left.minus(WARM_UP_SLICE)) {
            var slice = load.readsAtFixedRate(RATE, left.compareTo(WARM_UP_SLICE) < 0 ? left : WARM_UP_SLICE, requests);
            System.out.printf(Locale.ROOT, "  warming up: p50 %s ms, p99 %s ms, %d failed%n",
                    Goal.number(slice.millis(50)), Goal.number(slice.millis(99)), slice.failed());
        }
        var jit = JitCompiler.watch(bench.system().service(service));
        var cpu = StackCpu.of(bench.system());
        var measured = load.readsAtFixedRate(RATE, duration, requests);
        return new Result(measured, jit.note(service) + "; " + StackCpu.of(bench.system()).noteSince(cpu));
    }

    private static void importRows(BenchSystem bench, String editor, String header, List<String> rows) {
        send(bench.post(StackConfig.CATALOGUE, "/csv/interventions", editor, "text/csv; charset=UTF-8",
                header + "\n" + String.join("\n", rows) + "\n"));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reads() {
    }
}
