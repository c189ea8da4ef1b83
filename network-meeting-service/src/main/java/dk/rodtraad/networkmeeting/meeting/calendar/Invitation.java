package dk.rodtraad.networkmeeting.meeting.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a meeting's invitation says, as its iCalendar file carries it ({@link InvitationCalendar}). It names no child
 * and no family member: the file goes to every attendee's mail and calendar, where anyone who sees their calendar
 * may read it. Family members and network participants are in it only as the e-mail addresses they were invited by.
 *
 * @param meetingId   the meeting: the event's UID, the same for every version of the invitation, so a calendar
 *                    updates the event it has rather than adding another
 * @param sequence    0 for the first invitation, one more for every change sent since (moved, cancelled)
 * @param cancelled   the meeting was cancelled: the file asks calendars to remove it
 * @param start       when the meeting begins; shown in Danish time (Europe/Copenhagen)
 * @param end         when it ends, after the start
 * @param place       where, in Danish words, e.g. "Hjemme hos familien" or "Online"
 * @param summary     the event's title, e.g. "Netværksmøde"
 * @param description the purpose and the place in plain Danish; never the child's name or CPR number
 * @param organiser   the professional who invites, by name and e-mail
 * @param attendees   the e-mail addresses invited
 * @param sentAt      when this version of the invitation was made (the file's DTSTAMP), by the service's clock
 */
public record Invitation(UUID meetingId, int sequence, boolean cancelled, Instant start, Instant end, String place,
        String summary, String description, Organiser organiser, List<String> attendees, Instant sentAt) {

    /** The professional who sends the invitation and receives the answers. */
    public record Organiser(String name, String email) {

        public Organiser {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    public Invitation {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(sentAt, "sentAt");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + start + " to " + end);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("The sequence counts changes from 0: " + sequence);
        }
        attendees = List.copyOf(attendees);
    }
}
