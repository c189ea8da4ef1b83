package dk.rodtraad.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a soak did: its lines over time, and its summary — requests, errors by status and latency percentiles over the
 * whole run, each service's resident memory at the start and the end, and whether every recorded concern reached
 * every timeline replica — as Markdown for the terminal and docs/performance.md, and as JSON.
 *
 * @param context   what the run was (when, the machine, the load)
 * @param options   its duration and rate
 * @param intervals the lines, in order
 * @param total     the whole run, kind by kind
 * @param start     resident memory when the load began
 * @param end       resident memory when the load had ended and the replicas had caught up
 * @param replicas  the count check
 */
record SoakReport(Map<String, String> context, SoakOptions options, List<SoakLog.Interval> intervals,
        Map<SoakRequest, Tally> total, Memory start, Memory end, Replicas replicas) {

    /**
     * Resident memory at one moment, in megabytes.
     *
     * @param pss      each service's proportional share ({@code Pss}), by service
     * @param rss      each service's {@code VmRSS}, by service
     * @param stackPss the whole stack's {@code Pss}: the services, PostgreSQL with its backends, the broker, Keycloak
     */
    record Memory(Map<String, Double> pss, Map<String, Double> rss, double stackPss) {
    }

    /**
     * The count check: how many concerns were recorded (answered 201), and how many of them each timeline replica holds.
     */
    record Replicas(int recorded, Map<String, Long> found) {

        boolean complete() {
            return found.values().stream().allMatch(count -> count == recorded);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double[] PERCENTILES = {50, 90, 99, 99.9};

    /** The columns of the lines over time. */
    static String[] intervalHeader() {
        var header = new ArrayList<String>();
        header.add("at");
        for (SoakRequest kind : SoakRequest.values()) {
            header.add(kind.label() + ": n, errors, p50/p99/max ms");
        }
        header.add("services Pss MB");
        return header.toArray(String[]::new);
    }

    /** One line over time, e.g. {@code 2:00 | 240, 0, 12/80/120 | ... | 1,236}. */
    static String[] intervalCells(SoakLog.Interval interval) {
        var cells = new ArrayList<String>();
        cells.add(clock(interval.end()));
        for (SoakRequest kind : SoakRequest.values()) {
            Tally tally = interval.tallies().get(kind);
            cells.add(tally.requests() + ", " + errors(tally) + ", " + Goal.number(tally.millis(50)) + "/"
                    + Goal.number(tally.millis(99)) + "/" + Goal.number(tally.maxMillis()));
        }
        cells.add(Goal.number(interval.servicesMegabytes()));
        return cells.toArray(String[]::new);
    }

    /** The summary and the lines over time, as Markdown. */
    String render() {
        var text = new StringBuilder();
        context.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        text.append("\nOver the whole run:\n\n").append(BenchTable.markdown(requestRows())).append('\n');
        text.append("Errors: ").append(errorSentence()).append("\n\n");
        text.append("Resident memory per service, when the load began and when it had ended:\n\n")
                .append(BenchTable.markdown(memoryRows())).append('\n');
        text.append("Timeline replicas: ").append(replicaSentence()).append("\n\n");
        text.append("Over time (a line every ").append(clock(options.interval())).append("):\n\n");
        var rows = new ArrayList<String[]>();
        rows.add(intervalHeader());
        intervals.forEach(interval -> rows.add(intervalCells(interval)));
        text.append(BenchTable.markdown(rows));
        return text.toString();
    }

    private List<String[]> requestRows() {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"Request", "Rate", "Requests", "Errors", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms"});
        for (SoakRequest kind : SoakRequest.values()) {
            Tally tally = total.get(kind);
            var row = new ArrayList<String>(List.of(kind.description(), rate(kind) + "/s",
                    Goal.number(tally.requests()), Goal.number(tally.failed())));
            for (double percentile : PERCENTILES) {
                row.add(Goal.number(tally.millis(percentile)));
            }
            row.add(Goal.number(tally.maxMillis()));
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    private List<String[]> memoryRows() {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"Process", "Pss at start MB", "Pss at end MB", "Change MB", "RSS at start MB",
                "RSS at end MB"});
        start.pss().keySet().forEach(service -> rows.add(new String[] {service, Goal.number(start.pss().get(service)),
                Goal.number(end.pss().get(service)), signed(end.pss().get(service) - start.pss().get(service)),
                Goal.number(start.rss().get(service)), Goal.number(end.rss().get(service))}));
        rows.add(new String[] {"whole stack", Goal.number(start.stackPss()), Goal.number(end.stackPss()),
                signed(end.stackPss() - start.stackPss()), "", ""});
        return rows;
    }

    /** e.g. "none", or "POST /concerns (concern-service): 500 × 3; GET /search?q=… (catalogue-service): 503 × 1" */
    String errorSentence() {
        String sentence = total.entrySet().stream().filter(entry -> entry.getValue().failed() > 0)
                .map(entry -> entry.getKey().description() + ": " + entry.getValue().errors().entrySet().stream()
                        .map(error -> error.getKey() + " × " + error.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return sentence.isEmpty() ? "none" : sentence;
    }

    /** e.g. "480 concerns recorded; concern-service's timeline holds 480, ...: every one reached every replica" */
    String replicaSentence() {
        return replicas.recorded() + " concerns recorded (answered 201); " + replicas.found().entrySet().stream()
                .map(entry -> entry.getKey() + "'s timeline holds " + entry.getValue())
                .collect(Collectors.joining(", ")) + (replicas.complete() ? ": every one reached every replica"
                : ": NOT every one reached every replica");
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        context.forEach(root::put);
        root.put("durationSeconds", options.duration().toSeconds());
        root.put("intervalSeconds", options.interval().toSeconds());
        var requests = root.putObject("requests");
        for (SoakRequest kind : SoakRequest.values()) {
            Tally tally = total.get(kind);
            ObjectNode node = requests.putObject(kind.description());
            node.put("perSecond", rate(kind));
            node.put("requests", tally.requests());
            node.put("failed", tally.failed());
            tally.errors().forEach(node.putObject("errors")::put);
            var percentiles = node.putObject("millis");
            for (double percentile : PERCENTILES) {
                percentiles.put("p" + Goal.number(percentile), tally.millis(percentile));
            }
            percentiles.put("max", tally.maxMillis());
        }
        var memory = root.putObject("residentMegabytes");
        start.pss().keySet().forEach(service -> {
            ObjectNode node = memory.putObject(service);
            node.put("pssStart", start.pss().get(service));
            node.put("pssEnd", end.pss().get(service));
            node.put("rssStart", start.rss().get(service));
            node.put("rssEnd", end.rss().get(service));
        });
        ObjectNode stack = memory.putObject("whole stack");
        stack.put("pssStart", start.stackPss());
        stack.put("pssEnd", end.stackPss());
        var replicaNode = root.putObject("replicas");
        replicaNode.put("recorded", replicas.recorded());
        replicas.found().forEach(replicaNode.putObject("found")::put);
        replicaNode.put("complete", replicas.complete());
        var over = root.putArray("intervals");
        for (SoakLog.Interval interval : intervals) {
            ObjectNode node = over.addObject();
            node.put("endSeconds", interval.end().toSeconds());
            node.put("servicesPssMegabytes", interval.servicesMegabytes());
            interval.tallies().forEach((kind, tally) -> {
                ObjectNode line = node.putObject(kind.label());
                line.put("requests", tally.requests());
                tally.errors().forEach(line.putObject("errors")::put);
                line.put("p50", tally.millis(50));
                line.put("p99", tally.millis(99));
                line.put("max", tally.maxMillis());
            });
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rate(SoakRequest kind) {
        return options.rate() * kind.perConcern();
    }

    /** e.g. "0", or "3 (500: 2, HttpTimeoutException: 1)" */
    private static String errors(Tally tally) {
        if (tally.failed() == 0) {
            return "0";
        }
        return tally.failed() + " (" + tally.errors().entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** e.g. "+12.5", "-3.0" */
    private static String signed(double change) {
        return (change >= 0 ? "+" : "") + Goal.number(change);
    }

    /** e.g. "1:30", "30:00" */
    static String clock(Duration duration) {
        return duration.toMinutes() + ":" + String.format("%02d", duration.toSecondsPart());
    }
}
