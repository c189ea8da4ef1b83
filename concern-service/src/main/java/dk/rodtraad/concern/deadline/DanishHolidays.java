package dk.rodtraad.concern.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days on which the Danish public administration is closed, used to count statutory deadlines in working days.
 *
 * <p>These are the public holidays (helligdage) plus three days that are not holidays by law but on which public
 * offices are closed by agreement: grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
 * (31 December). A deadline counted in working days does not run on them because nobody is there to act.
 *
 * <p>Store bededag is a holiday only until 2023; it was abolished from 2024.
 *
 * <p>This is the one place the list lives: a municipality with other closing days changes it here.
 */
public final class DanishHolidays {

    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private DanishHolidays() {
    }

    /** Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) algorithm. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Every closing day of the year, date to Danish name, in date order. When two fall on the same date (pinse can
     * land on grundlovsdag, as in 2028) the names are joined, so neither is lost.
     */
    public static Map<LocalDate, String> of(int year) {
        var easter = easterSunday(year);
        var days = new TreeMap<LocalDate, String>();
        add(days, LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
        add(days, easter.minusDays(3), "Skærtorsdag");
        add(days, easter.minusDays(2), "Langfredag");
        add(days, easter, "Påskedag");
        add(days, easter.plusDays(1), "2. påskedag");
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            add(days, easter.plusDays(26), "Store bededag");
        }
        add(days, easter.plusDays(39), "Kristi himmelfartsdag");
        add(days, easter.plusDays(49), "Pinsedag");
        add(days, easter.plusDays(50), "2. pinsedag");
        add(days, LocalDate.of(year, Month.JUNE, 5), "Grundlovsdag");
        add(days, LocalDate.of(year, Month.DECEMBER, 24), "Juleaftensdag");
        add(days, LocalDate.of(year, Month.DECEMBER, 25), "Juledag");
        add(days, LocalDate.of(year, Month.DECEMBER, 26), "2. juledag");
        add(days, LocalDate.of(year, Month.DECEMBER, 31), "Nytårsaftensdag");
        return Collections.unmodifiableSortedMap(days);
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (first, second) -> first + " og " + second);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }
}
