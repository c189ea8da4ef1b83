package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.networkmeeting.meeting.MeetingStatus;
import dk.rodtraad.networkmeeting.meeting.MeetingView;
import dk.rodtraad.networkmeeting.meeting.calendar.Invitation;
import dk.rodtraad.networkmeeting.meeting.calendar.InvitationCalendar;
import dk.rodtraad.networkmeeting.overview.CourseRecords;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A planned meeting's invitation as an iCalendar file for the professional's calendar, made by the calendar component
 * ({@link InvitationCalendar}): the meeting's id as its UID and the number of its moves as its SEQUENCE, so a moved
 * meeting replaces the event; a cancelled one removes it. The organiser is the professional who downloads it, by the
 * name and e-mail their token carries (Keycloak's {@code email} claim); the service knows no one else's e-mail (the
 * core team by username, the family and network by no address at all), so it names no attendees: the professional
 * sends it on from their own calendar. Read through the course, so refused, and audited, as the course is.
 */
@Cancellable(false)
@Path("/forloeb/{courseId}/moeder/{meetingId}/invitation.ics")
@RolesAllowed(Roles.FAGPERSON)
public class InvitationDownload {

    private final CourseRecords records;
    private final InvitationCalendar calendar;
    private final SecurityIdentity identity;
    private final Clock clock;

    public InvitationDownload(CourseRecords records, InvitationCalendar calendar, SecurityIdentity identity,
            Clock clock) {
        this.records = records;
        this.calendar = calendar;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    public Uni<RestResponse<byte[]>> download(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId) {
        var meetingIdValue = MeetingPages.meeting(meetingId);
        return records.find(MeetingPages.course(courseId)).map(record -> {
            MeetingView meeting = record.meetings().stream().filter(m -> m.id().equals(meetingIdValue)).findFirst()
                    .orElseThrow(NotFoundException::new);
            var user = CurrentUser.of(identity);
            var invitation = new Invitation(meeting.id(), meeting.moves().size(),
                    meeting.status() == MeetingStatus.AFLYST, meeting.startsAt(), meeting.endsAt(),
                    meeting.place().label() + (meeting.placeDetail() == null ? "" : ", " + meeting.placeDetail()),
                    "Netværksmøde", "Netværksmøde efter Åben Dialog. Se forløbet i Rød Tråd.",
                    new Invitation.Organiser(user.displayName(), email(user)), List.of(), Instant.now(clock));
            return RestResponse.ResponseBuilder.ok(calendar.ics(invitation))
                    .header("Content-Type", calendar.contentType(invitation))
                    .header("Content-Disposition", "attachment; filename=\"netvaerksmoede.ics\"")
                    .build();
        });
    }

    /** The token's e-mail; a user without one (none of the demo realm's) is named by username in the file. */
    private String email(CurrentUser user) {
        return Optional.ofNullable(identity.getPrincipal() instanceof JsonWebToken token
                        ? token.<String>getClaim("email") : null)
                .filter(email -> !email.isBlank()).orElse(user.username() + "@rodtraad.invalid");
    }
}
