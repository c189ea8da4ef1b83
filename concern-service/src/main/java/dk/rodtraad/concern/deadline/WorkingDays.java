package dk.rodtraad.concern.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting in hverdage: Monday to Friday, except the days in {@link DanishHolidays}. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !DanishHolidays.isHoliday(date);
    }

    /**
     * The day that is {@code days} working days after {@code start}. The start day itself is never counted, as a
     * deadline of "six hverdage after receipt" starts running the day after receipt.
     */
    public static LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        var date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
