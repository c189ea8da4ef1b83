package dk.rodtraad.networkmeeting.web;

import dk.rodtraad.chassis.time.DanishDates;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.LocalDate;

/** Times and dates as the pages write them, in Danish and the municipality's time: {@code {meeting.startsAt.dansk}}. */
@TemplateExtension
public final class DanishTimes {

    static String dansk(Instant instant) {
        return instant == null ? "" : DanishDates.dateTime(instant);
    }

    static String dansk(LocalDate date) {
        return date == null ? "" : DanishDates.date(date);
    }

    private DanishTimes() {
    }
}
