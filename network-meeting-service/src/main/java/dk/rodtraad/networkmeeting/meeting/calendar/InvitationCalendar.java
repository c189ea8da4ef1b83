package dk.rodtraad.networkmeeting.meeting.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A meeting's invitation as an iCalendar file (RFC 5545, with iTIP's methods, RFC 5546) that Outlook, Google
 * Calendar and Apple's calendars accept as a meeting request: {@code METHOD:REQUEST} (a cancelled meeting
 * {@code METHOD:CANCEL}), the times in Danish time with its VTIMEZONE, the meeting's id as the stable UID and the
 * sequence counting its changes, so a moved meeting replaces the event in the attendees' calendars and a cancelled
 * one removes it. An invitation that names no attendee (the download: the service knows no one's e-mail but the
 * organiser's) is {@code METHOD:PUBLISH}, an event for the organiser's own calendar to send on: iTIP's request and
 * cancellation require an attendee, and a file without one was invalid. Made with ical4j and validated by it before
 * it leaves (an invalid file is our fault, never sent); nothing of it is written by hand.
 */
@ApplicationScoped
public class InvitationCalendar {

    static final String PRODUCT = "-//Rød Tråd//Netværksmøder//DA";

    /** The file's bytes, UTF-8. */
    public byte[] ics(Invitation invitation) {
        var out = new ByteArrayOutputStream();
        var calendar = calendar(invitation);
        // ical4j's outputter only logs what its validation finds: the file is checked here, and refused if wrong.
        var validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("The invitation to meeting " + invitation.meetingId()
                    + " is no valid iCalendar file: " + validation.getEntries());
        }
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file's media type with its method, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
    public String contentType(Invitation invitation) {
        return calendar(invitation).getContentType(StandardCharsets.UTF_8);
    }

    private static Calendar calendar(Invitation invitation) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(invitation.attendees().isEmpty() ? ImmutableMethod.PUBLISH
                : invitation.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(CopenhagenTime.vTimeZone());
        calendar.add(event(invitation));
        return calendar;
    }

    private static VEvent event(Invitation invitation) {
        var event = new VEvent(false);
        event.add(new Uid(invitation.meetingId().toString()));
        event.add(new Sequence(invitation.sequence()));
        event.add(new DtStamp(invitation.sentAt()));
        event.add(new DtStart<>(invitation.start().atZone(CopenhagenTime.ZONE)));
        event.add(new DtEnd<>(invitation.end().atZone(CopenhagenTime.ZONE)));
        event.add(new Summary(invitation.summary()));
        event.add(new Location(invitation.place()));
        event.add(new Description(invitation.description()));
        event.add(invitation.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(mailto(invitation.organiser().email())).add(new Cn(invitation.organiser().name())));
        for (String attendee : invitation.attendees()) {
            event.add(new Attendee(mailto(attendee)).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION)
                    .add(Rsvp.TRUE));
        }
        return event;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }
}
