package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reliable change (pålidelig forandring) is 5 points of the total (Miller et al. 2003): 5.0 counts, 4.9 does not. */
class ReliableChangeTest {

    @Test
    void fivePointsUpIsAReliableImprovement() {
        assertTrue(ReliableChange.isImprovement(d("18.0"), d("23.0")));
        assertFalse(ReliableChange.isImprovement(d("18.0"), d("22.9")));
        assertFalse(ReliableChange.isDeterioration(d("18.0"), d("23.0")));
    }

    @Test
    void fivePointsDownIsAReliableDeterioration() {
        assertTrue(ReliableChange.isDeterioration(d("20.0"), d("15.0")));
        assertFalse(ReliableChange.isDeterioration(d("20.0"), d("15.1")));
        assertFalse(ReliableChange.isImprovement(d("20.0"), d("15.0")));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
