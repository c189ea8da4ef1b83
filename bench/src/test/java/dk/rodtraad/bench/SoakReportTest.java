package dk.rodtraad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoakReportTest {

    private static final SoakOptions TWO_MINUTES = new SoakOptions(Duration.ofMinutes(2), 2);

    private static SoakReport report(SoakReport.Replicas replicas) {
        var log = new SoakLog();
        log.record(SoakRequest.CONCERN, 12_000, null);
        log.record(SoakRequest.CONCERN, 80_000, "500");
        log.record(SoakRequest.SEARCH, 3_000, null);
        log.close(Duration.ofMinutes(1), 1_200);
        log.record(SoakRequest.SEARCH, 5_000, null);
        log.close(Duration.ofMinutes(2), 1_230);
        var start = new SoakReport.Memory(Map.of("concern-service", 300.0), Map.of("concern-service", 330.0), 2_000);
        var end = new SoakReport.Memory(Map.of("concern-service", 312.5), Map.of("concern-service", 345.0), 2_100);
        var context = new LinkedHashMap<String, String>();
        context.put("machine", "2 cores");
        return new SoakReport(context, TWO_MINUTES, log.intervals(), log.total(), start, end, replicas);
    }

    private final SoakReport report = report(new SoakReport.Replicas(1, Map.of("network-meeting-service", 1L)));

    @Test
    void namesTheErrorsByRequestAndStatus() {
        assertEquals("POST /concerns (concern-service): 500 × 1", report.errorSentence());
    }

    @Test
    void saysWhetherEveryConcernReachedEveryReplica() {
        assertTrue(report.replicaSentence().endsWith(": every one reached every replica"));
        var missing = report(new SoakReport.Replicas(3, Map.of("concern-service", 3L, "followup-service", 2L)));
        assertFalse(missing.replicas().complete());
        assertTrue(missing.replicaSentence().endsWith("NOT every one reached every replica"));
    }

    @Test
    void rendersRequestsMemoryAndTheLinesOverTime() {
        String text = report.render();
        assertTrue(text.startsWith("machine: 2 cores\n"));
        assertTrue(text.lines().anyMatch(line -> line.matches(
                "\\| POST /concerns \\(concern-service\\) +\\| 2/s +\\| 2 +\\| 1 +\\| 12\\.0 .*\\| 80\\.1 +\\|")), text);
        assertTrue(text.lines().anyMatch(line -> line.matches("\\| concern-service +\\| 300 +\\| 313 +\\| \\+12\\.5 .*")),
                text);
        assertTrue(text.lines().anyMatch(line -> line.matches("\\| 2:00 +\\| 0, 0, 0/0/0 +\\| 1, 0, 5\\.00/5\\.00/5\\.00 .*\\| 1,230 +\\|")),
                text);
    }

    @Test
    void anIntervalLineCountsTheErrorsByStatus() {
        var log = new SoakLog();
        log.record(SoakRequest.CONCERN, 12_000, "500");
        log.record(SoakRequest.CONCERN, 12_000, "HttpTimeoutException");
        String[] cells = SoakReport.intervalCells(log.close(Duration.ofSeconds(90), 1_000));
        assertEquals("1:30", cells[0]);
        assertEquals("2, 2 (500: 1, HttpTimeoutException: 1), 12.0/12.0/12.0", cells[1]);
    }

    @Test
    void writesTheSameAsJson() throws Exception {
        var json = new ObjectMapper().readTree(report.toJson());
        assertEquals(120, json.get("durationSeconds").asLong());
        var concerns = json.get("requests").get("POST /concerns (concern-service)");
        assertEquals(2, concerns.get("requests").asLong());
        assertEquals(1, concerns.get("errors").get("500").asLong());
        assertEquals(2, concerns.get("perSecond").asInt());
        assertEquals(312.5, json.get("residentMegabytes").get("concern-service").get("pssEnd").asDouble());
        assertEquals(2_100, json.get("residentMegabytes").get("whole stack").get("pssEnd").asDouble());
        assertTrue(json.get("replicas").get("complete").asBoolean());
        assertEquals(2, json.get("intervals").size());
        assertEquals(1, json.get("intervals").get(1).get("search").get("requests").asLong());
    }
}
