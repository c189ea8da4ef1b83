package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;

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

    /** Lise records {@code entries} concerns about one child, then reads the child's timeline in network-meeting-service. */
    static Load.Result timeline(BenchSystem bench, Load load, int entries, Duration duration) {
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
        return warmThenMeasure(load, duration, i -> bench.get(StackConfig.NETWORK_MEETING, path, reader));
    }

    /** Fills the catalogue to {@code size} interventions, then searches it as a professional. */
    static Load.Result search(BenchSystem bench, Load load, int size, Duration duration) throws IOException {
        fillCatalogue(bench, size);
        String professional = bench.token(StackConfig.CATALOGUE, DemoUsers.HANNE);
        return warmThenMeasure(load, duration, i -> search(bench, professional, i));
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
     * A warm-up of a third of the duration at the same rate (the JIT, the pools), then the measured run. Failed reads stay in
     * the figures (their latency in the percentiles, their number in the note): a system that cannot keep up at this
     * rate must not look faster for it.
     */
    private static Load.Result warmThenMeasure(Load load, Duration duration,
            java.util.function.IntFunction<HttpRequest> requests) {
        load.readsAtFixedRate(RATE, duration.dividedBy(3).plusSeconds(1), requests);
        return load.readsAtFixedRate(RATE, duration, requests);
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
