package dk.rodtraad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchTableTest {

    private final BenchTable table = new BenchTable(List.of(
            Figure.against("Propagation p99", "ms", 21, 7, Goal.ratioAtMost(10), "3000 concerns"),
            Figure.of("Replay", "events/s", 25_000, Goal.atLeast(20_000), ""),
            Figure.missing("Search p99", "ms", Goal.atMost(50), "step failed")), Map.of("machine", "2 cores"));

    @Test
    void rendersOneRowPerFigureWithRatioGoalAndVerdict() {
        List<List<String>> rows = table.render().lines().filter(line -> line.startsWith("|"))
                .map(line -> Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList()).toList();
        assertEquals(List.of("Figure", "Unit", "System", "Baseline", "Ratio", "Goal", "Met?"), rows.get(0));
        assertEquals(List.of("Propagation p99", "ms", "21", "7", "3 ×", "≤ 10 × baseline", "yes"), rows.get(2));
        assertEquals(List.of("Replay", "events/s", "25,000", "–", "", "≥ 20,000", "yes"), rows.get(3));
        assertEquals(List.of("Search p99", "ms", "–", "–", "", "≤ 50", "no"), rows.get(4));
    }

    @Test
    void startsWithWhatTheRunWas() {
        assertEquals("machine: 2 cores", table.render().lines().findFirst().orElseThrow());
    }

    @Test
    void showsFractionsWithTwoDecimalsBelowTenAndOneBelowAHundred() {
        assertEquals("0.43", Goal.number(0.4321));
        assertEquals("12.5", Goal.number(12.54));
        assertEquals("1,234", Goal.number(1234.4));
    }

    @Test
    void rendersTheNotesBelowTheTable() {
        assertTrue(table.render().contains("- Propagation p99: 3000 concerns\n"));
        assertTrue(table.render().contains("- Search p99: step failed\n"));
    }

    @Test
    void writesTheSameFiguresAsJson() throws Exception {
        var json = new ObjectMapper().readTree(table.toJson());
        assertEquals("2 cores", json.get("machine").asText());
        var first = json.get("figures").get(0);
        assertEquals("Propagation p99", first.get("figure").asText());
        assertEquals(3.0, first.get("ratio").asDouble());
        assertTrue(first.get("met").asBoolean());
        var missing = json.get("figures").get(2);
        assertTrue(missing.get("system").isNull());
        assertEquals(false, missing.get("met").asBoolean());
    }
}
