package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.time.DanishDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times and dates as the pages' inputs send them ({@code datetime-local}, {@code date}: the browser's own pickers,
 * typed by hand where it has none), read in the municipality's time as the API's requests want them.
 */
public final class FormTime {

    static final String NOT_A_TIME = "Skriv dato og klokkeslæt som 2026-12-03T14:00";
    static final String NOT_A_DATE = "Skriv datoen som 2026-12-03";

    /** A {@code datetime-local} value as an instant, or null when blank; one that cannot be read is the field's error. */
    public static Instant instant(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T')).atZone(DanishDates.MUNICIPALITY).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, NOT_A_TIME);
            return null;
        }
    }

    /** A {@code date} value, or null when blank; one that cannot be read is the field's error. */
    public static LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, NOT_A_DATE);
            return null;
        }
    }

    /** The instant as a {@code datetime-local} input shows it, to the minute, in Danish time. */
    public static String local(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant, DanishDates.MUNICIPALITY).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Blank text as null, else stripped: what the API's requests expect of a field left out. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private FormTime() {
    }
}
