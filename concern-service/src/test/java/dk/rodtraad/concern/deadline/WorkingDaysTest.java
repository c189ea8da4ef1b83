package dk.rodtraad.concern.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    @Test
    void countsOrdinaryWeekdays() {
        // Monday 2026-03-02 + 3: Tue 3, Wed 4, Thu 5.
        assertEquals(LocalDate.of(2026, 3, 5), WorkingDays.addWorkingDays(LocalDate.of(2026, 3, 2), 3));
    }

    @Test
    void skipsTheWeekend() {
        // Thursday 2026-03-05 + 2: Fri 6 is the first, Sat 7 and Sun 8 do not count, Mon 9 is the second.
        assertEquals(LocalDate.of(2026, 3, 9), WorkingDays.addWorkingDays(LocalDate.of(2026, 3, 5), 2));
    }

    @Test
    void startingOnASaturdayCountsFromMonday() {
        assertEquals(LocalDate.of(2026, 3, 9), WorkingDays.addWorkingDays(LocalDate.of(2026, 3, 7), 1));
    }

    @Test
    void skipsEaster() {
        // Wednesday 2026-04-01 + 6: Thu 2 skærtorsdag, Fri 3 langfredag, Sat 4, Sun 5 påskedag and
        // Mon 6 2. påskedag are all skipped; then Tue 7 (1), Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5), Tue 14 (6).
        assertEquals(LocalDate.of(2026, 4, 14), WorkingDays.addWorkingDays(LocalDate.of(2026, 4, 1), 6));
    }

    @Test
    void skipsChristmas() {
        // Wednesday 2026-12-23 + 3: Thu 24 juleaftensdag, Fri 25 juledag, Sat 26 2. juledag, Sun 27 are skipped;
        // then Mon 28 (1), Tue 29 (2), Wed 30 (3).
        assertEquals(LocalDate.of(2026, 12, 30), WorkingDays.addWorkingDays(LocalDate.of(2026, 12, 23), 3));
    }

    @Test
    void skipsNewYearIntoTheNextYear() {
        // Wednesday 2026-12-30 + 1: Thu 31 nytårsaftensdag, Fri 2027-01-01 nytårsdag, Sat 2, Sun 3 are skipped;
        // Mon 2027-01-04 is the first working day.
        assertEquals(LocalDate.of(2027, 1, 4), WorkingDays.addWorkingDays(LocalDate.of(2026, 12, 30), 1));
    }

    @Test
    void zeroDaysIsTheStartDay() {
        assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.addWorkingDays(LocalDate.of(2026, 4, 5), 0));
    }

    @Test
    void refusesToCountBackwards() {
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.addWorkingDays(LocalDate.of(2026, 4, 1), -1));
    }

    @Test
    void tellsWorkingDaysFromWeekendsAndHolidays() {
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 7)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 4)), "Saturday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 5)), "Sunday");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3)), "langfredag");
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 6, 5)), "grundlovsdag, a Friday");
    }
}
