package dk.rodtraad.followup.fit;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * A child's age from the birth month the plan records (followup-service holds no CPR number): whole years from the 1st
 * of that month. A child born on the 20th is counted a few days older than they are, never a year off.
 */
public final class ChildAge {

    private ChildAge() {
    }

    /** Whole years from the 1st of {@code birthMonth} to {@code day}; negative if the day is before the month. */
    public static int yearsAt(YearMonth birthMonth, LocalDate day) {
        LocalDate first = birthMonth.atDay(1);
        return day.isBefore(first) ? -1 - Period.between(day, first).getYears() : Period.between(first, day).getYears();
    }
}
