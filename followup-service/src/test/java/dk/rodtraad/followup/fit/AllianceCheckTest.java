package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An alliance concern: SRS 36 or lower, or any drop from the same rater's previous session (Duncan et al. 2003). */
class AllianceCheckTest {

    @Test
    void thirtySixOrLowerIsLow() {
        assertEquals(Set.of(AllianceConcern.LOW), AllianceCheck.concerns(d("36.0"), Optional.empty()));
        assertEquals(Set.of(), AllianceCheck.concerns(d("36.1"), Optional.empty()));
    }

    @Test
    void anyDropFromThePreviousSessionIsAConcernEvenWhenHigh() {
        assertEquals(Set.of(AllianceConcern.DROPPED), AllianceCheck.concerns(d("38.9"), Optional.of(d("39.0"))));
        assertEquals(Set.of(), AllianceCheck.concerns(d("39.0"), Optional.of(d("39.0"))));
    }

    @Test
    void aLowScoreThatFellIsBoth() {
        assertEquals(Set.of(AllianceConcern.LOW, AllianceConcern.DROPPED),
                AllianceCheck.concerns(d("35.0"), Optional.of(d("38.0"))));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
