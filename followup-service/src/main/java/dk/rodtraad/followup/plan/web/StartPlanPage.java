package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.followup.plan.GoalOwner;
import dk.rodtraad.followup.plan.Plans;
import dk.rodtraad.followup.web.AppMessages;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Starts an intervention plan for a child, from the child's page in concern-service (a link by the child's
 * pseudonymous id): the intervention from the catalogue or a local effort, the responsible professional from the case
 * team, the dates and the goals. Only those on the child's case team see the form; judged by the API's rules, and
 * nothing is stored until it is right.
 */
@Cancellable(false)
@Path("/boern/{childId}/planer/ny")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class StartPlanPage {

    private final Template form;
    private final Plans plans;
    private final CaseTeam caseTeam;
    private final ChildGuard guard;
    private final PublishedInterventions interventions;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final Clock clock;
    private final People people;

    public StartPlanPage(@Location("opfoelgning/ny.html") Template form, Plans plans, CaseTeam caseTeam,
            ChildGuard guard, PublishedInterventions interventions, Validator validator, SecurityIdentity identity,
            AppMessages msg, Clock clock, People people) {
        this.form = form;
        this.plans = plans;
        this.caseTeam = caseTeam;
        this.guard = guard;
        this.interventions = interventions;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.clock = clock;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@PathParam("childId") String childId) {
        var sent = StartPlanForm.startingToday(DanishDates.today(clock),
                identity.getPrincipal().getName());
        return show(InvalidInputException.parseUuid("childId", childId), sent, new FormErrors(), RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> start(@PathParam("childId") String childId,
            @BeanParam StartPlanForm sent) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(child, errors, msg.not_a_choice()),
                request -> Submission.key(sent.sending).chain(key -> plans.start(request, key))
                        .map(started -> URI.create("/planer/" + started.id() + "?besked=startet")),
                null, (problems, conflict, status) -> {
                    sent.sending = problems.keyToSendAgain(sent.sending);
                    return show(child, sent, problems, status);
                });
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID childId, StartPlanForm sent, FormErrors errors,
            RestResponse.Status status) {
        var labels = labels();
        return Panache.withTransaction(() -> guard.requireMaySee(childId, "plan").chain(() -> caseTeam.of(childId)))
                .chain(team -> interventions.offered().chain(offered -> people.names().map(names ->
                        RestResponse.status(status, form.data("user", CurrentUser.of(identity))
                                .data("childId", childId)
                                .data("form", sent)
                                .data("errors", errors)
                                .data("conflict", null)
                                .data("summary", errors.summary(labels))
                                .data("labels", labels)
                                .data("interventions", Option.of(offered, i -> i.id().toString(), Intervention::name,
                                        sent.interventionId))
                                .data("responsible", Option.of(team, CaseTeam.Member::username,
                                        m -> names.professional(m.username(), m.discipline()), sent.responsible))
                                .data("owners", Option.of(GoalOwner.class, null))
                                .data("reviewRows", rows(StartPlanForm.REVIEW_ROWS))
                                .data("goalRows", rows(StartPlanForm.GOAL_ROWS))))));
    }

    private static List<Integer> rows(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("interventionId", msg.field_interventionId());
        labels.put("localEffort", msg.field_localEffort());
        labels.put("responsible", msg.field_responsible());
        labels.put("startsOn", msg.field_startsOn());
        labels.put("birthMonth", msg.field_birthMonth());
        labels.put("reviewDates", msg.field_reviewDates());
        labels.put("goals", msg.goals_title());
        labels.put("goalsDescription", msg.field_goalsDescription());
        labels.put("goalsIndicator", msg.field_goalsIndicator());
        labels.put("goalsDueOn", msg.field_goalsDueOn());
        labels.put("goalsOwner", msg.field_goalsOwner());
        return labels;
    }
}
