package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void withoutOnlyEveryStepRuns() {
        var options = Options.parse(new String[] {"--quick"});
        assertTrue(Options.STEPS.stream().allMatch(options::runs));
        assertEquals(5_000, options.backlog());
        assertEquals(20_000, options.rebuildEvents());
        assertEquals(1_000_000, Options.parse(new String[0]).rebuildEvents());
    }

    @Test
    void onlyRunsTheNamedSteps() {
        var options = Options.parse(new String[] {"--only", "timeline, search", "--backlog", "2000"});
        assertTrue(options.runs("timeline"));
        assertTrue(options.runs("search"));
        assertFalse(options.runs("ingest"));
        assertFalse(options.runs("footprint"));
        assertEquals(2_000, options.backlog());
        assertFalse(options.quick());
    }

    @Test
    void anUnknownStepIsRefusedWithTheStepsThereAre() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--only", "timelines"}));
        assertTrue(unknown.getMessage().contains("No step \"timelines\""));
        assertTrue(unknown.getMessage().contains("footprint"));
        var missing = assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--only"}));
        assertTrue(missing.getMessage().startsWith("Usage"));
    }
}
