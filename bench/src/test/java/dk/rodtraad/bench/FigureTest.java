package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureTest {

    @Test
    void ratioIsSystemOverBaseline() {
        assertEquals(2.5, Figure.against("Propagation p99", "ms", 17.5, 7, Goal.ratioAtMost(10), "").ratio());
    }

    @Test
    void figureWithoutBaselineHasNoRatio() {
        assertNull(Figure.of("Start", "s", 2.1, Goal.atMost(3), "").ratio());
    }

    @Test
    void ratioGoalAtMostIsMetUpToTheFactor() {
        assertTrue(Figure.against("p99", "ms", 70, 7, Goal.ratioAtMost(10), "").met());
        assertFalse(Figure.against("p99", "ms", 71, 7, Goal.ratioAtMost(10), "").met());
    }

    @Test
    void ratioGoalAtLeastNeedsTheFactor() {
        assertTrue(Figure.against("Ingest", "concerns/s", 400, 1000, Goal.ratioAtLeast(0.4), "").met());
        assertFalse(Figure.against("Ingest", "concerns/s", 399, 1000, Goal.ratioAtLeast(0.4), "").met());
    }

    @Test
    void absoluteGoalsCompareTheFigureItself() {
        assertTrue(Figure.of("Replay", "events/s", 20_000, Goal.atLeast(20_000), "").met());
        assertFalse(Figure.of("Replay", "events/s", 900, Goal.atLeast(20_000), "").met());
        assertTrue(Figure.of("Resident", "MB", 250, Goal.atMost(250), "").met());
        assertFalse(Figure.of("Resident", "MB", 251, Goal.atMost(250), "").met());
    }

    @Test
    void aMissingFigureMeetsNoGoal() {
        assertFalse(Figure.missing("Replay", "events/s", Goal.atLeast(20_000), "step failed").met());
        assertFalse(Figure.missing("p99", "ms", Goal.ratioAtMost(10), "step failed").met());
    }

    @Test
    void aFigureWithoutGoalHasNoVerdict() {
        assertNull(Figure.of("Propagation p50", "ms", 12, Goal.NONE, "").met());
    }

    @Test
    void aZeroBaselineGivesNoRatio() {
        assertNull(Figure.against("p50", "ms", 3, 0, Goal.ratioAtMost(10), "").ratio());
    }
}
