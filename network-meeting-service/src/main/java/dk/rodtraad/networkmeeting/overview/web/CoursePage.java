package dk.rodtraad.networkmeeting.overview.web;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.networkmeeting.course.Courses;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.network.NetworkKind;
import dk.rodtraad.networkmeeting.network.NetworkParticipants;
import dk.rodtraad.networkmeeting.overview.CourseRecords;
import dk.rodtraad.networkmeeting.web.AppMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A course's page: the first contact and the 24-hour clock, who carries the responsibility, the tovholder (as
 * concern-service names them), the core team with its history, the family's network with its consent, the meetings
 * in order with their records, the open questions and the agreements with their follow-ups; and the forms that change
 * the course, each judged by the API's service. Refused like the API: a course of a child the user may not see is the
 * same 404 page as one that does not exist.
 */
@Cancellable(false)
@Path("/forloeb/{courseId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class CoursePage {

    private final Template page;
    private final CourseRecords records;
    private final Courses courses;
    private final NetworkParticipants network;
    private final Tovholders tovholders;
    private final CaseTeam caseTeam;
    private final PublishedInterventions interventions;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public CoursePage(@Location("forloeb/forloeb.html") Template page, CourseRecords records, Courses courses,
            NetworkParticipants network, Tovholders tovholders, CaseTeam caseTeam,
            PublishedInterventions interventions, Validator validator, SecurityIdentity identity, AppMessages msg,
            People people) {
        this.page = page;
        this.records = records;
        this.courses = courses;
        this.network = network;
        this.tovholders = tovholders;
        this.caseTeam = caseTeam;
        this.interventions = interventions;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> show(@PathParam("courseId") String courseId, @RestQuery String besked) {
        return show(course(courseId), new CourseForms(), new FormErrors(), null, notice(besked), RestResponse.Status.OK);
    }

    @POST
    @Path("/ansvar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> handOver(@PathParam("courseId") String courseId,
            @BeanParam CourseForms sent) {
        UUID id = course(courseId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.handOver(),
                request -> courses.handOver(id, request).map(done -> stored(id, "overdraget")),
                msg.course_changed(), again(id, sent, UnaryOperator.identity()));
    }

    @POST
    @Path("/kerneteam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> changeCoreTeam(@PathParam("courseId") String courseId,
            @BeanParam CourseForms sent) {
        UUID id = course(courseId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.changeCoreTeam(),
                request -> courses.changeCoreTeam(id, request).map(done -> stored(id, "kerneteam")),
                msg.course_changed(), again(id, sent, UnaryOperator.identity()));
    }

    @POST
    @Path("/lukning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> close(@PathParam("courseId") String courseId,
            @BeanParam CourseForms sent) {
        UUID id = course(courseId);
        var errors = new FormErrors();
        // The closing's reason is a field of its own on the page, beside the core team's.
        return Submission.submit(validator, errors, sent.close(),
                request -> courses.close(id, request).map(done -> stored(id, "lukket")),
                msg.course_changed(), again(id, sent, field -> field.equals("reason") ? "closeReason" : field));
    }

    @POST
    @Path("/netvaerk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> consent(@PathParam("courseId") String courseId,
            @BeanParam CourseForms sent) {
        UUID id = course(courseId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.consent(errors, msg.not_a_choice()),
                request -> Submission.key(sent.sending)
                        .chain(key -> network.consent(id, request, key)).map(done -> stored(id, "samtykke")),
                null, again(id, sent, UnaryOperator.identity()));
    }

    @POST
    @Path("/netvaerk/{participantId}/tilbagetraekning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> withdraw(@PathParam("courseId") String courseId,
            @PathParam("participantId") String participantId, @BeanParam CourseForms sent) {
        UUID id = course(courseId);
        UUID participant = InvalidInputException.parseUuid("participantId", participantId);
        var errors = new FormErrors();
        // Each participant has a withdrawal form of their own: its field is named by the participant.
        return Submission.submit(validator, errors, sent.withdraw(errors),
                request -> network.withdraw(id, participant, request).map(done -> stored(id, "tilbagetrukket")),
                null, again(id, sent, field -> field.equals("withdrawnOn") ? "withdrawnOn-" + participant : field));
    }

    private Submission.Again again(UUID courseId, CourseForms sent, UnaryOperator<String> field) {
        return (errors, conflict, status) -> {
            sent.sending = errors.keyToSendAgain(sent.sending);
            return show(courseId, sent, errors.renamed(field), conflict, null, status);
        };
    }

    private static URI stored(UUID courseId, String notice) {
        return URI.create("/forloeb/" + courseId + "?besked=" + notice);
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID courseId, CourseForms sent, FormErrors errors,
            String conflict, String notice, RestResponse.Status status) {
        String me = identity.getPrincipal().getName();
        return records.find(courseId).chain(record -> tovholders.of(record.course().childId())
                .chain(tovholder -> Panache.withSession(() -> caseTeam.of(record.course().childId()))
                        .chain(team -> interventions.offered().chain(offered -> people.names().map(names -> {
                            var view = CoursePageView.of(record, tovholder, team, offered, me, names);
                            return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                                    .data("view", view)
                                    .data("form", sent)
                                    .data("errors", errors)
                                    .data("summary", errors.summary(labels()))
                                    .data("notice", notice)
                                    .data("conflict", conflict)
                                    .data("handOverTo", Option.of(view.caseTeam().stream()
                                            .filter(m -> !m.username().equals(me)).toList(), CaseTeam.Member::username,
                                            m -> view.professional(m.username(), m.discipline()), sent.to))
                                    .data("joining", Option.of(view.notOnCoreTeam(), CaseTeam.Member::username,
                                            m -> view.professional(m.username(), m.discipline()), null))
                                    .data("leaving", Option.of(record.course().coreTeam().stream()
                                                    .filter(m -> m.leftAt() == null).toList(), m -> m.username(),
                                            m -> view.professional(m.username(), m.discipline()), null))
                                    .data("networkRoles", Option.of(Arrays.stream(MeetingRole.values())
                                            .filter(r -> r.group() == MeetingRole.Group.NETVAERK).toList(),
                                            MeetingRole::code, MeetingRole::label, sent.role))
                                    .data("kinds", Option.of(NetworkKind.class, sent.kind))
                                    .data("consentBy", Option.of(Arrays.stream(MeetingRole.values())
                                            .filter(r -> r.group() == MeetingRole.Group.FAMILIE
                                                    || r.group() == MeetingRole.Group.BARN).toList(),
                                            MeetingRole::code, MeetingRole::label, sent.consentGivenBy))
                                    .data("civilSociety", Option.of(offered.stream()
                                            .filter(i -> Intervention.CIVIL_SOCIETY.equals(i.type())).toList(),
                                            i -> i.id().toString(), Intervention::name, sent.interventionId)));
                        })))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("to", msg.field_to());
        labels.put("joining", msg.field_joining());
        labels.put("leaving", msg.field_leaving());
        labels.put("reason", msg.field_reason());
        labels.put("name", msg.field_name());
        labels.put("role", msg.field_role());
        labels.put("kind", msg.field_kind());
        labels.put("interventionId", msg.field_interventionId());
        labels.put("consentGivenBy", msg.field_consentGivenBy());
        labels.put("consentGivenOn", msg.field_consentGivenOn());
        labels.put("closeReason", msg.field_closeReason());
        return labels;
    }

    private String notice(String besked) {
        if (besked == null) {
            return null;
        }
        return switch (besked) {
            case "startet" -> msg.notice_started();
            case "overdraget" -> msg.notice_handed_over();
            case "kerneteam" -> msg.notice_core_team();
            case "lukket" -> msg.notice_closed();
            case "samtykke" -> msg.notice_consent();
            case "tilbagetrukket" -> msg.notice_withdrawn();
            case "planlagt" -> msg.notice_planned();
            case "flyttet" -> msg.notice_moved();
            case "aflyst" -> msg.notice_cancelled();
            case "referat" -> msg.notice_recorded();
            default -> null;
        };
    }

    private static UUID course(String courseId) {
        return InvalidInputException.parseUuid("courseId", courseId);
    }
}
