package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The clinical cut-off (klinisk grænse) by form, rater and age: ORS 25 for adults (Miller et al. 2003), ORS 28 for a
 * young person of 13–17 and CORS 32 for a child of 6–12 (Duncan et al. 2006); none published for YCORS.
 */
class ClinicalCutOffTest {

    @Test
    void anAdultRatingOnTheOrsHasTheAdultCutOff() {
        assertEquals(Optional.of(new BigDecimal("25")), ClinicalCutOff.of(FitForm.ORS, Rater.PARENT, 4));
        assertEquals(Optional.of(new BigDecimal("25")), ClinicalCutOff.of(FitForm.ORS, Rater.OTHER_ADULT, 15));
    }

    @Test
    void aYoungPersonsOwnOrsHasTheCutOffOf13To17() {
        assertEquals(Optional.of(new BigDecimal("28")), ClinicalCutOff.of(FitForm.ORS, Rater.CHILD, 13));
        assertEquals(Optional.of(new BigDecimal("28")), ClinicalCutOff.of(FitForm.ORS, Rater.CHILD, 17));
    }

    @Test
    void aYoungAdultStillInThePlanHasTheAdultCutOff() {
        assertEquals(Optional.of(new BigDecimal("25")), ClinicalCutOff.of(FitForm.ORS, Rater.CHILD, 18));
    }

    @Test
    void theCorsHas32() {
        assertEquals(Optional.of(new BigDecimal("32")), ClinicalCutOff.of(FitForm.CORS, Rater.CHILD, 6));
        assertEquals(Optional.of(new BigDecimal("32")), ClinicalCutOff.of(FitForm.CORS, Rater.CHILD, 12));
    }

    @Test
    void theYcorsAndTheAllianceFormsHaveNone() {
        assertEquals(Optional.empty(), ClinicalCutOff.of(FitForm.YCORS, Rater.CHILD, 4));
        assertEquals(Optional.empty(), ClinicalCutOff.of(FitForm.SRS, Rater.PARENT, 10));
        assertEquals(Optional.empty(), ClinicalCutOff.of(FitForm.CSRS, Rater.CHILD, 10));
    }
}
