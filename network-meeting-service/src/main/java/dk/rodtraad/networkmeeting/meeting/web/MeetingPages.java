package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import dk.rodtraad.networkmeeting.meeting.MeetingView;
import dk.rodtraad.networkmeeting.meeting.Meetings;
import dk.rodtraad.networkmeeting.network.NetworkParticipantView;
import dk.rodtraad.networkmeeting.overview.CourseRecord;
import dk.rodtraad.networkmeeting.overview.CourseRecords;
import dk.rodtraad.networkmeeting.web.AppMessages;
import dk.rodtraad.chassis.web.FormTime;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Planning a meeting at a time and place the family can make, moving it and cancelling it (Fleksibilitet og
 * mobilitet). The core team is always invited; the parents, the child and the network participants with the family's
 * consent are chosen. Judged by the API's service ({@link Meetings}); nothing is stored until it is right.
 */
@Cancellable(false)
@Path("/forloeb/{courseId}/moeder")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class MeetingPages {

    private static final List<MeetingRole> FAMILY = List.of(MeetingRole.MOR, MeetingRole.FAR, MeetingRole.FORAELDER,
            MeetingRole.BARNET, MeetingRole.DEN_UNGE, MeetingRole.ANDEN_FAGPERSON);

    private final Template plan;
    private final CourseRecords records;
    private final Meetings meetings;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public MeetingPages(@Location("forloeb/moede.html") Template plan, CourseRecords records, Meetings meetings,
            Validator validator, SecurityIdentity identity, AppMessages msg, People people) {
        this.plan = plan;
        this.records = records;
        this.meetings = meetings;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    @Path("/nyt")
    public Uni<RestResponse<TemplateInstance>> planForm(@PathParam("courseId") String courseId) {
        return show(course(courseId), null, new MeetingForm(), new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Path("/nyt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> schedule(@PathParam("courseId") String courseId,
            @BeanParam MeetingForm sent) {
        UUID id = course(courseId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.schedule(errors, msg.not_a_choice()),
                request -> Submission.key(sent.sending).chain(key -> meetings.schedule(id, request, key))
                        .map(done -> URI.create("/forloeb/" + id + "?besked=planlagt")),
                msg.course_changed(), again(id, null, sent));
    }

    @GET
    @Path("/{meetingId}/flyt")
    public Uni<RestResponse<TemplateInstance>> moveForm(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId) {
        return show(course(courseId), meeting(meetingId), null, new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Path("/{meetingId}/flyt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> move(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId, @BeanParam MeetingForm sent) {
        UUID id = course(courseId);
        UUID meeting = meeting(meetingId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.move(errors, msg.not_a_choice()),
                request -> meetings.move(id, meeting, request).map(done -> URI.create("/forloeb/" + id + "?besked=flyttet")),
                msg.meeting_changed(), again(id, meeting, sent));
    }

    @POST
    @Path("/{meetingId}/aflysning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> cancel(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId, @BeanParam MeetingForm sent) {
        UUID id = course(courseId);
        UUID meeting = meeting(meetingId);
        var errors = new FormErrors();
        // The cancellation's reason is a field of its own on the page, beside the move's.
        return Submission.submit(validator, errors, sent.cancel(),
                request -> meetings.cancel(id, meeting, request).map(done -> URI.create("/forloeb/" + id + "?besked=aflyst")),
                msg.meeting_changed(), (problems, conflict, status) -> {
                    var named = new FormErrors();
                    problems.byField().forEach((field, message) -> named.add(
                            field.equals("reason") ? "cancelReason" : field, message));
                    return show(id, meeting, sent, named, conflict, status);
                });
    }

    private Submission.Again again(UUID courseId, UUID meetingId, MeetingForm sent) {
        return (errors, conflict, status) -> {
            sent.sending = errors.keyToSendAgain(sent.sending);
            return show(courseId, meetingId, sent, collapsed(errors), conflict, status);
        };
    }

    /** A participant the API refuses is named by its path in the list; the form has one group of checkboxes. */
    private static FormErrors collapsed(FormErrors errors) {
        var named = new FormErrors();
        errors.byField().forEach((field, message) -> named.add(
                field.startsWith("participants") ? "participants" : field, message));
        return named;
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID courseId, UUID meetingId, MeetingForm sent,
            FormErrors errors, String conflict, RestResponse.Status status) {
        var labels = labels();
        return records.find(courseId).chain(record -> people.names().map(names -> {
            MeetingView meeting = meetingId == null ? null : record.meetings().stream()
                    .filter(m -> m.id().equals(meetingId)).findFirst().orElseThrow(NotFoundException::new);
            MeetingForm form = sent != null ? sent : filledFrom(meeting);
            return RestResponse.status(status, plan.data("user", CurrentUser.of(identity))
                    .data("courseId", courseId)
                    .data("meeting", meeting)
                    .data("form", form)
                    .data("errors", errors)
                    .data("conflict", conflict)
                    .data("summary", errors.summary(labels))
                    .data("labels", labels)
                    .data("places", Option.of(MeetingPlace.class, form.place))
                    .data("coreTeam", record.course().coreTeam().stream().filter(m -> m.leftAt() == null)
                            .map(m -> names.professional(m.username(), m.discipline())).toList())
                    .data("invitable", invitable(record, form)));
        }));
    }

    /** The parents, the child, another professional and the network participants with consent. */
    static List<Option> invitable(CourseRecord record, MeetingForm form) {
        var options = new ArrayList<Option>();
        FAMILY.forEach(role -> options.add(new Option(PartyCode.role(role), role.label(),
                form.invites(PartyCode.role(role)))));
        record.network().stream().filter(NetworkParticipantView::consent).forEach(p -> options.add(new Option(
                PartyCode.network(p.id()), p.name() + " (" + p.role().label().toLowerCase(java.util.Locale.ROOT) + ")",
                form.invites(PartyCode.network(p.id())))));
        return options;
    }

    private static MeetingForm filledFrom(MeetingView meeting) {
        var form = new MeetingForm();
        if (meeting != null) {
            form.startsAt = FormTime.local(meeting.startsAt());
            form.endsAt = FormTime.local(meeting.endsAt());
            form.place = meeting.place().code();
            form.placeDetail = meeting.placeDetail();
            form.familyLaterReason = meeting.familyLaterReason();
            form.version = String.valueOf(meeting.version());
            form.participants = meeting.participants().stream().filter(p -> p.username() == null)
                    .map(p -> p.networkParticipantId() != null ? PartyCode.network(p.networkParticipantId())
                            : PartyCode.role(p.role())).toList();
        }
        return form;
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("startsAt", msg.field_startsAt());
        labels.put("endsAt", msg.field_endsAt());
        labels.put("place", msg.field_place());
        labels.put("placeDetail", msg.field_placeDetail());
        labels.put("familyLaterReason", msg.field_familyLaterReason());
        labels.put("participants", msg.field_participants());
        labels.put("reason", msg.field_move_reason());
        labels.put("cancelReason", msg.field_cancelReason());
        return labels;
    }

    static UUID course(String courseId) {
        return InvalidInputException.parseUuid("courseId", courseId);
    }

    static UUID meeting(String meetingId) {
        return InvalidInputException.parseUuid("meetingId", meetingId);
    }
}
