package dk.rodtraad.networkmeeting.course.web;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.networkmeeting.course.ContactFrom;
import dk.rodtraad.networkmeeting.course.Courses;
import dk.rodtraad.networkmeeting.web.AppMessages;
import dk.rodtraad.chassis.web.FormTime;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Starts a course at the first contact about a child (Hurtig hjælp), from the child's page in concern-service (a
 * link by the child's pseudonymous id). Only those on the child's case team see the form; the core team is chosen
 * from the case team as this service's replica knows it. Judged by the API's rules; nothing is stored until it is right.
 */
@Cancellable(false)
@Path("/boern/{childId}/forloeb/nyt")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class StartCoursePage {

    private final Template form;
    private final Courses courses;
    private final CaseTeam caseTeam;
    private final ChildGuard guard;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final Clock clock;
    private final People people;

    public StartCoursePage(@Location("forloeb/nyt.html") Template form, Courses courses, CaseTeam caseTeam,
            ChildGuard guard, Validator validator, SecurityIdentity identity, AppMessages msg, Clock clock,
            People people) {
        this.form = form;
        this.courses = courses;
        this.caseTeam = caseTeam;
        this.guard = guard;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.clock = clock;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@PathParam("childId") String childId) {
        var sent = new StartCourseForm();
        sent.firstContactAt = FormTime.local(Instant.now(clock));
        sent.contacted = identity.getPrincipal().getName();
        return show(InvalidInputException.parseUuid("childId", childId), sent, new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> start(@PathParam("childId") String childId,
            @BeanParam StartCourseForm sent) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(child, errors, msg.not_a_choice()),
                request -> courses.start(request).map(started -> URI.create("/forloeb/" + started.id() + "?besked=startet")),
                msg.course_exists(), (problems, conflict, status) -> show(child, sent, problems, conflict, status));
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID childId, StartCourseForm sent, FormErrors errors,
            String conflict, RestResponse.Status status) {
        var labels = labels();
        return Panache.withTransaction(() -> guard.requireMaySee(childId, "course").chain(() -> caseTeam.of(childId)))
                .chain(team -> people.names().map(names -> RestResponse.status(status, form.data("user",
                                CurrentUser.of(identity))
                        .data("childId", childId)
                        .data("form", sent)
                        .data("errors", errors)
                        .data("conflict", conflict)
                        .data("summary", errors.summary(labels))
                        .data("labels", labels)
                        .data("contactFrom", Option.of(ContactFrom.class, sent.contactFrom))
                        .data("contacted", Option.of(team, CaseTeam.Member::username,
                                m -> names.professional(m.username(), m.discipline()), sent.contacted))
                        .data("team", team.stream().map(m -> new Option(m.username(),
                                names.professional(m.username(), m.discipline()), sent.inCoreTeam(m.username())))
                                .toList()))));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("firstContactAt", msg.field_firstContactAt());
        labels.put("contactFrom", msg.field_contactFrom());
        labels.put("contactAbout", msg.field_contactAbout());
        labels.put("contacted", msg.field_contacted());
        labels.put("coreTeam", msg.field_coreTeam());
        return labels;
    }
}
