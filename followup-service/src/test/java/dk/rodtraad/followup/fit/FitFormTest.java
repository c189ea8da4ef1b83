package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form follows the rater and the child's age: ORS for adults and from 13, CORS 6–12, YCORS under 6 (issue 14). */
class FitFormTest {

    @Test
    void aChildRatesOnTheFormForTheirAge() {
        assertEquals(FitForm.YCORS, FitForm.outcomeFor(Rater.CHILD, 0));
        assertEquals(FitForm.YCORS, FitForm.outcomeFor(Rater.CHILD, 5));
        assertEquals(FitForm.CORS, FitForm.outcomeFor(Rater.CHILD, 6));
        assertEquals(FitForm.CORS, FitForm.outcomeFor(Rater.CHILD, 12));
        assertEquals(FitForm.ORS, FitForm.outcomeFor(Rater.CHILD, 13));
        assertEquals(FitForm.ORS, FitForm.outcomeFor(Rater.CHILD, 17));
    }

    @Test
    void anAdultRatesOnTheAdultFormWhateverTheChildsAge() {
        assertEquals(FitForm.ORS, FitForm.outcomeFor(Rater.PARENT, 2));
        assertEquals(FitForm.ORS, FitForm.outcomeFor(Rater.OTHER_ADULT, 9));
        assertEquals(FitForm.SRS, FitForm.allianceFor(Rater.PARENT, 2));
    }

    @Test
    void theAllianceFormGoesWithTheOutcomeForm() {
        assertEquals(FitForm.YCSRS, FitForm.allianceFor(Rater.CHILD, 4));
        assertEquals(FitForm.CSRS, FitForm.allianceFor(Rater.CHILD, 8));
        assertEquals(FitForm.SRS, FitForm.allianceFor(Rater.CHILD, 15));
        assertEquals(FitForm.CORS, FitForm.CSRS.outcomeFamily());
        assertTrue(FitForm.YCORS.isOutcome());
        assertFalse(FitForm.SRS.isOutcome());
    }

    @Test
    void codesAreDanishAndLowerCase() {
        assertEquals("forælder", Rater.PARENT.code());
        assertEquals("anden-voksen", Rater.OTHER_ADULT.code());
        assertEquals(Rater.CHILD, Rater.of("barn"));
        assertEquals(FitForm.YCSRS, FitForm.of("ycsrs"));
        assertEquals("Forælder", Rater.PARENT.label());
    }

    @Test
    void aNegativeAgeIsNoAge() {
        assertThrows(IllegalArgumentException.class, () -> FitForm.outcomeFor(Rater.CHILD, -1));
    }
}
