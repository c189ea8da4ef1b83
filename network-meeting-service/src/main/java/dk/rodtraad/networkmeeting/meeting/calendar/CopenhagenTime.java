package dk.rodtraad.networkmeeting.meeting.calendar;

import dk.rodtraad.chassis.time.DanishDates;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Danish time as an iCalendar VTIMEZONE: the rules in force since 1996 (summer time from the last Sunday of March at
 * 02:00 to the last Sunday of October at 03:00), which cover every meeting planned now. Written out rather than taken
 * from ical4j's registry, whose Europe/Copenhagen is an alias with the TZID Europe/Berlin and a century of past rules
 * (RDATEs), which Outlook is known to stumble over; it is the short form Outlook and Google Calendar write
 * themselves. {@code InvitationCalendarTest} holds it to java.time's rules for Europe/Copenhagen.
 */
final class CopenhagenTime {

    static final ZoneId ZONE = DanishDates.MUNICIPALITY;
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

    private CopenhagenTime() {
    }

    static VTimeZone vTimeZone() {
        var zone = new VTimeZone();
        zone.add(new TzId(ZONE.getId()));
        zone.add(observance(new Daylight(), "CEST", WINTER, SUMMER, LocalDateTime.of(1996, 3, 31, 2, 0), 3));
        zone.add(observance(new Standard(), "CET", SUMMER, WINTER, LocalDateTime.of(1996, 10, 27, 3, 0), 10));
        return zone;
    }

    /** @param month the month whose last Sunday the clocks change */
    private static Observance observance(Observance observance, String name, ZoneOffset from, ZoneOffset to,
            LocalDateTime first, int month) {
        observance.add(new TzName(name));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new DtStart<>(first));
        observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1SU"));
        return observance;
    }
}
