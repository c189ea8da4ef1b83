package dk.rodtraad.analytics.pseudonymiser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** A moment coarsened to its ISO week, e.g. {@code 2026-W49}: what analysts count by, never an exact date. */
final class IsoWeek {

    private IsoWeek() {
    }

    /** The ISO week of the moment in the municipality's time zone (a Monday 00:30 in Denmark is that Monday's week). */
    static String of(Instant moment, ZoneId zone) {
        var date = moment.atZone(zone).toLocalDate();
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
