package dk.rodtraad.networkmeeting.meeting.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invitation as an iCalendar file, read back with ical4j as a calendar program would read it. */
class InvitationCalendarTest {

    private static final UUID MEETING = UUID.fromString("5f0c2a8e-3d41-4b7a-9c55-0e6f1a2b3c4d");
    private static final InvitationCalendar CALENDAR = new InvitationCalendar();

    @Test
    void aMeetingMovedOverTheChangeToWinterTimeKeepsItsHourInDanishTime() throws Exception {
        // Friday 23 October 2026 at 10:00 is summer time (UTC+2); Monday the 26th at 10:00 is winter time (UTC+1).
        var planned = invitation(0, false, Instant.parse("2026-10-23T08:00:00Z"), Instant.parse("2026-10-23T09:30:00Z"));
        var moved = invitation(1, false, Instant.parse("2026-10-26T09:00:00Z"), Instant.parse("2026-10-26T10:30:00Z"));

        String plannedText = text(planned);
        assertTrue(plannedText.contains("DTSTART;TZID=Europe/Copenhagen:20261023T100000"), plannedText);
        assertTrue(plannedText.contains("DTEND;TZID=Europe/Copenhagen:20261023T113000"), plannedText);
        assertTrue(text(moved).contains("DTSTART;TZID=Europe/Copenhagen:20261026T100000"), text(moved));

        for (var invitation : List.of(planned, moved)) {
            var event = eventOf(read(invitation));
            assertEquals(invitation.start(), instant(event.<DtStart<Temporal>>getRequiredProperty(Property.DTSTART)));
            assertEquals(invitation.end(), instant(event.<DtEnd<Temporal>>getRequiredProperty(Property.DTEND)));
        }
    }

    @Test
    void aMeetingDuringTheNightTheClocksChangeLastsItsRealLength() throws Exception {
        // Spring 2027: 01:30 winter time to 03:30 summer time is one hour; autumn 2026: 01:30 to 03:30 is three.
        var spring = invitation(0, false, Instant.parse("2027-03-28T00:30:00Z"), Instant.parse("2027-03-28T01:30:00Z"));
        var autumn = invitation(0, false, Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"));

        for (var invitation : List.of(spring, autumn)) {
            var event = eventOf(read(invitation));
            Instant start = instant(event.<DtStart<Temporal>>getRequiredProperty(Property.DTSTART));
            Instant end = instant(event.<DtEnd<Temporal>>getRequiredProperty(Property.DTEND));
            assertEquals(Duration.between(invitation.start(), invitation.end()), Duration.between(start, end));
            assertEquals(invitation.start(), start);
        }
    }

    @Test
    void theTimeZoneInTheFileIsDanishTimeAsJavaKnowsIt() throws Exception {
        var zone = read(invitation(0, false, Instant.parse("2026-10-23T08:00:00Z"),
                Instant.parse("2026-10-23T09:00:00Z"))).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/Copenhagen", zone.getRequiredProperty(Property.TZID).getValue());
        // As a calendar program reading the file turns its times into instants (ical4j: when it parses a TZID).
        var asRead = new ZoneRulesBuilder().vTimeZone(zone).build();
        var rules = CopenhagenTime.ZONE.getRules();
        for (int year = 2026; year <= 2040; year++) {
            for (var from : List.of(Year.of(year).atDay(1), Year.of(year).atMonth(7).atDay(1))) {
                Instant change = rules.nextTransition(from.atStartOfDay(ZoneOffset.UTC).toInstant()).getInstant();
                for (Instant at : List.of(change.minusSeconds(1), change)) {
                    assertEquals(rules.getOffset(at), asRead.getOffset(at), "the offset at " + at);
                }
            }
        }
    }

    @Test
    void aMovedMeetingIsTheSameEventWithAHigherSequence() throws Exception {
        var planned = eventOf(read(invitation(0, false, Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T10:00:00Z"))));
        var moved = eventOf(read(invitation(1, false, Instant.parse("2026-12-02T13:00:00Z"),
                Instant.parse("2026-12-02T14:00:00Z"))));

        assertEquals(MEETING.toString(), planned.getRequiredProperty(Property.UID).getValue());
        assertEquals(MEETING.toString(), moved.getRequiredProperty(Property.UID).getValue());
        assertEquals("0", planned.getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("1", moved.getRequiredProperty(Property.SEQUENCE).getValue());
    }

    @Test
    void anInvitationIsARequestAndACancellationACancel() throws Exception {
        var request = invitation(0, false, Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));
        var cancel = invitation(2, true, Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));

        assertEquals("REQUEST", read(request).getRequiredProperty(Property.METHOD).getValue());
        assertEquals("CONFIRMED", eventOf(read(request)).getRequiredProperty(Property.STATUS).getValue());
        assertEquals("CANCEL", read(cancel).getRequiredProperty(Property.METHOD).getValue());
        assertEquals("CANCELLED", eventOf(read(cancel)).getRequiredProperty(Property.STATUS).getValue());
        assertEquals("2", eventOf(read(cancel)).getRequiredProperty(Property.SEQUENCE).getValue());
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8", CALENDAR.contentType(request));
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", CALENDAR.contentType(cancel));
    }

    @Test
    void theFileValidates() throws Exception {
        for (boolean cancelled : List.of(false, true)) {
            var result = read(invitation(0, cancelled, Instant.parse("2026-11-30T09:00:00Z"),
                    Instant.parse("2026-11-30T10:00:00Z"))).validate();
            assertFalse(result.hasErrors(), result.getEntries().toString());
        }
    }

    @Test
    void anInvitationThatNamesNoAttendeeIsPublishedForTheOrganisersCalendarAndValidates() throws Exception {
        // As the download makes it: the service knows no one's e-mail but the organiser's. A request or cancellation
        // without an attendee was invalid (iTIP requires one), and ical4j only logged it.
        for (boolean cancelled : List.of(false, true)) {
            var alone = withoutAttendees(invitation(0, cancelled, Instant.parse("2026-11-30T09:00:00Z"),
                    Instant.parse("2026-11-30T10:00:00Z")));
            var calendar = read(alone);
            assertEquals("PUBLISH", calendar.getRequiredProperty(Property.METHOD).getValue());
            assertEquals(cancelled ? "CANCELLED" : "CONFIRMED",
                    eventOf(calendar).getRequiredProperty(Property.STATUS).getValue());
            var result = calendar.validate();
            assertFalse(result.hasErrors(), result.getEntries().toString());
            assertEquals("text/calendar; method=PUBLISH; charset=UTF-8", CALENDAR.contentType(alone));
        }
    }

    @Test
    void itSaysThePlaceAndThePurposeInDanishAndNamesNoOneButTheOrganiser() throws Exception {
        var invitation = invitation(0, false, Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));
        var event = eventOf(read(invitation));

        assertEquals("Netværksmøde", event.getRequiredProperty(Property.SUMMARY).getValue());
        assertEquals("Børnehaven Solsikken, Ålholmvej 12", event.getRequiredProperty(Property.LOCATION).getValue());
        assertEquals(invitation.description(), event.getRequiredProperty(Property.DESCRIPTION).getValue());
        var organiser = event.getRequiredProperty(Property.ORGANIZER);
        assertEquals("mailto:lise.lund@rodby.dk", organiser.getValue());
        assertEquals("Lise Lund", organiser.getRequiredParameter(Cn.CN).getValue());
        var attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(List.of("mailto:mor@example.dk", "mailto:hanne.holm@rodby.dk"),
                attendees.stream().map(Property::getValue).toList());
        assertTrue(attendees.stream().allMatch(attendee -> attendee.getParameter(Cn.CN).isEmpty()),
                "an attendee is the address invited, never a name the file would carry to every calendar");
    }

    private static Invitation invitation(int sequence, boolean cancelled, Instant start, Instant end) {
        return new Invitation(MEETING, sequence, cancelled, start, end, "Børnehaven Solsikken, Ålholmvej 12",
                "Netværksmøde", "Netværksmøde efter Åben Dialog: vi taler sammen om, hvordan det går, og hvad der "
                        + "skal ske nu. Mødet holdes i børnehaven Solsikken.",
                new Invitation.Organiser("Lise Lund", "lise.lund@rodby.dk"),
                List.of("mor@example.dk", "hanne.holm@rodby.dk"), Instant.parse("2026-11-20T12:00:00Z"));
    }

    private static Invitation withoutAttendees(Invitation invitation) {
        return new Invitation(invitation.meetingId(), invitation.sequence(), invitation.cancelled(), invitation.start(),
                invitation.end(), invitation.place(), invitation.summary(), invitation.description(),
                invitation.organiser(), List.of(), invitation.sentAt());
    }

    private static String text(Invitation invitation) {
        // Unfolded, so a long line broken after 75 octets reads whole.
        return new String(CALENDAR.ics(invitation), StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private static Calendar read(Invitation invitation) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(CALENDAR.ics(invitation)));
    }

    private static VEvent eventOf(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static Instant instant(DtStart<Temporal> start) {
        return ((ZonedDateTime) start.getDate()).toInstant();
    }

    private static Instant instant(DtEnd<Temporal> end) {
        return ((ZonedDateTime) end.getDate()).toInstant();
    }
}
