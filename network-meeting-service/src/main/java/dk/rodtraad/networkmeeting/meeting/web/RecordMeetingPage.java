package dk.rodtraad.networkmeeting.meeting.web;

import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.networkmeeting.agreement.AgreementStatus;
import dk.rodtraad.networkmeeting.agreement.FollowUpOutcome;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.meeting.ChildVoiceMethod;
import dk.rodtraad.networkmeeting.meeting.MeetingRecords;
import dk.rodtraad.networkmeeting.meeting.MeetingView;
import dk.rodtraad.networkmeeting.overview.CourseRecord;
import dk.rodtraad.networkmeeting.overview.CourseRecords;
import dk.rodtraad.networkmeeting.web.AppMessages;
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
 * A held meeting's record in one page, to fill during or right after the meeting: who came, each participant's
 * perspective in their own words by their role (Dialogisme), the child's own voice and how it was heard, the questions
 * left open and the answers to earlier ones, new agreements and the follow-up of each open one. One form, one POST,
 * one transaction ({@link MeetingRecords}); nothing is stored until all of it is right.
 */
@Cancellable(false)
@Path("/forloeb/{courseId}/moeder/{meetingId}/referat")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class RecordMeetingPage {

    private final Template page;
    private final CourseRecords records;
    private final MeetingRecords meetingRecords;
    private final PublishedInterventions interventions;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public RecordMeetingPage(@Location("forloeb/referat.html") Template page, CourseRecords records,
            MeetingRecords meetingRecords, PublishedInterventions interventions, Validator validator,
            SecurityIdentity identity, AppMessages msg, People people) {
        this.page = page;
        this.records = records;
        this.meetingRecords = meetingRecords;
        this.interventions = interventions;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId) {
        return show(MeetingPages.course(courseId), MeetingPages.meeting(meetingId), null, new FormErrors(), null,
                RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> record(@PathParam("courseId") String courseId,
            @PathParam("meetingId") String meetingId, @BeanParam RecordForm sent) {
        UUID course = MeetingPages.course(courseId);
        UUID meeting = MeetingPages.meeting(meetingId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(errors, msg.not_a_choice()),
                request -> meetingRecords.record(course, meeting, request)
                        .map(done -> URI.create("/forloeb/" + course + "?besked=referat")),
                msg.meeting_changed(),
                (problems, conflict, status) -> show(course, meeting, sent, collapsed(problems), conflict, status));
    }

    /** A person the API refuses is named by its path; the form has one field for them per list. */
    private static FormErrors collapsed(FormErrors errors) {
        var named = new FormErrors();
        errors.byField().forEach((field, message) -> named.add(field.startsWith("present") ? "present"
                : field.startsWith("agreementsCarrier") ? "agreementsCarrier" : field, message));
        return named;
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID courseId, UUID meetingId, RecordForm sent,
            FormErrors errors, String conflict, RestResponse.Status status) {
        var labels = labels();
        return records.find(courseId).chain(record -> interventions.offered().chain(offered -> people.names()
                .map(names -> {
                    MeetingView meeting = record.meetings().stream().filter(m -> m.id().equals(meetingId)).findFirst()
                            .orElseThrow(NotFoundException::new);
                    RecordForm form = sent != null ? sent : invitedPresent(meeting);
                    var attendees = attendees(record, names);
                    return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                            .data("courseId", courseId)
                            .data("meeting", meeting)
                            .data("form", form)
                            .data("errors", errors)
                            .data("conflict", conflict)
                            .data("summary", errors.summary(labels))
                            .data("labels", labels)
                            .data("present", attendees.stream().map(o -> new Option(o.value(), o.label(),
                                    form.isPresent(o.value()))).toList())
                            .data("carriers", attendees)
                            .data("roles", Option.of(MeetingRole.class, null))
                            .data("methods", Option.of(ChildVoiceMethod.class, form.childVoiceMethod))
                            .data("outcomes", Option.of(FollowUpOutcome.class, null))
                            .data("questions", record.openQuestions())
                            .data("agreements", record.agreements().stream()
                                    .filter(a -> a.status() == AgreementStatus.AABEN).toList())
                            .data("interventions", Option.of(offered, i -> i.id().toString(), Intervention::name, null))
                            .data("perspectiveRows", form.rows(RecordForm.PERSPECTIVES))
                            .data("rows", form.rows(RecordForm.ROWS)));
                })));
    }

    /** The core team, the family and the network participants with consent: who may be present or carry an agreement. */
    private static List<Option> attendees(CourseRecord record, People.Names names) {
        var attendees = new ArrayList<Option>();
        record.course().coreTeam().stream().filter(m -> m.leftAt() == null).forEach(m -> attendees.add(new Option(
                PartyCode.professional(m.username()), names.professional(m.username(), m.discipline()), false)));
        attendees.addAll(MeetingPages.invitable(record, new MeetingForm()));
        return attendees;
    }

    /** Before anything is sent, those invited are marked present: the professional unmarks who did not come. */
    private static RecordForm invitedPresent(MeetingView meeting) {
        var form = new RecordForm();
        form.version = String.valueOf(meeting.version());
        form.present = meeting.participants().stream().filter(MeetingView.ParticipantView::invited)
                .map(p -> p.username() != null ? PartyCode.professional(p.username())
                        : p.networkParticipantId() != null ? PartyCode.network(p.networkParticipantId())
                        : PartyCode.role(p.role())).toList();
        return form;
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("present", msg.field_present());
        labels.put("perspectives", msg.record_perspectives());
        labels.put("perspectivesRole", msg.field_perspective_role());
        labels.put("perspectivesWords", msg.field_perspective_words());
        labels.put("childVoiceMethod", msg.field_childVoiceMethod());
        labels.put("childVoiceWords", msg.field_childVoiceWords());
        labels.put("openQuestions", msg.record_questions());
        labels.put("answersAnswer", msg.record_answers());
        labels.put("agreementsWhat", msg.field_agreement_what());
        labels.put("agreementsCarrier", msg.field_agreement_carrier());
        labels.put("agreementsDueOn", msg.field_agreement_dueOn());
        labels.put("agreementsInterventionId", msg.field_agreement_intervention());
        labels.put("followUpsOutcome", msg.field_followUp_outcome());
        labels.put("followUpsWhy", msg.field_followUp_why());
        return labels;
    }
}
