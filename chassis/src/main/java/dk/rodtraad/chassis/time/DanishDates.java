package dk.rodtraad.chassis.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates and times as Danish staff read them, in the municipality's own time zone, on every service's pages. */
public final class DanishDates {

    public static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Copenhagen");

    private static final Locale DANISH = Locale.of("da");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH)
            .withZone(MUNICIPALITY);

    /** Today in the municipality, by the services' one clock (a test's too). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(MUNICIPALITY));
    }

    /**
     * The day an instant falls on in the municipality: a meeting at 00.30 Danish time is on that day, where UTC says
     * the day before.
     */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, MUNICIPALITY);
    }

    /** {@code 20. november 2026}; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 24. november 2026 kl. 15.20}, in the municipality's time. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** For a {@code <time datetime>}: HTML allows at most three digits of a second. */
    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private DanishDates() {
    }
}
