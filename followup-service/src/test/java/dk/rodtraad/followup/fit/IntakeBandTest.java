package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Intake bands of 5 points, 0–<5 … 35–40, per form family. */
class IntakeBandTest {

    @Test
    void aBandHoldsItsLowerEndAndNotItsUpper() {
        assertEquals(new IntakeBand(FitForm.ORS, 0), IntakeBand.of(FitForm.ORS, new BigDecimal("4.9")));
        assertEquals(new IntakeBand(FitForm.ORS, 5), IntakeBand.of(FitForm.ORS, new BigDecimal("5.0")));
        assertEquals(new IntakeBand(FitForm.ORS, 15), IntakeBand.of(FitForm.ORS, new BigDecimal("18.0")));
    }

    @Test
    void fortyBelongsToTheLastBand() {
        assertEquals(new IntakeBand(FitForm.CORS, 35), IntakeBand.of(FitForm.CORS, new BigDecimal("40.0")));
        assertEquals(new IntakeBand(FitForm.CORS, 35), IntakeBand.of(FitForm.CORS, new BigDecimal("35.0")));
    }

    @Test
    void bandsAreKeptPerFormFamily() {
        assertEquals(new IntakeBand(FitForm.YCORS, 20), IntakeBand.of(FitForm.YCSRS, new BigDecimal("24.0")));
        assertThrows(IllegalArgumentException.class, () -> new IntakeBand(FitForm.SRS, 20));
        assertThrows(IllegalArgumentException.class, () -> new IntakeBand(FitForm.ORS, 12));
    }
}
