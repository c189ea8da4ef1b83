package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Age at a session = whole years from the 1st of the birth month the plan records. */
class ChildAgeTest {

    @Test
    void theBirthdayIsTheFirstOfTheMonth() {
        assertEquals(9, ChildAge.yearsAt(YearMonth.of(2016, 5), LocalDate.of(2026, 4, 30)));
        assertEquals(10, ChildAge.yearsAt(YearMonth.of(2016, 5), LocalDate.of(2026, 5, 1)));
        assertEquals(0, ChildAge.yearsAt(YearMonth.of(2026, 5), LocalDate.of(2026, 5, 31)));
    }

    @Test
    void aDayBeforeTheBirthMonthIsANegativeAge() {
        assertEquals(-1, ChildAge.yearsAt(YearMonth.of(2026, 5), LocalDate.of(2026, 4, 30)));
    }
}
