package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.followup.alert.Alerts;
import dk.rodtraad.followup.overview.PlanRecords;
import dk.rodtraad.followup.plan.EvaluationOccasion;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.plan.Plans;
import dk.rodtraad.followup.web.AppMessages;
import dk.rodtraad.followup.web.FitWords;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A plan's page: its facts, the alerts with what to consider (and, after repeated red by a review, the link to notify
 * the authority from the child's page in concern-service), where FIT stands with each rater's graph and the same
 * numbers as a table, the goals with their evaluations, and the forms that evaluate a goal, acknowledge an alert and
 * end the plan, each judged by the API's service. Refused like the API: a plan of a child the user may not see is the
 * same 404 page as one that does not exist.
 */
@Cancellable(false)
@Path("/planer/{planId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class PlanPage {

    private final Template page;
    private final PlanRecords records;
    private final Plans plans;
    private final Alerts alerts;
    private final Tovholders tovholders;
    private final FitWords words;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final Clock clock;
    private final People people;

    public PlanPage(@Location("opfoelgning/plan.html") Template page, PlanRecords records, Plans plans, Alerts alerts,
            Tovholders tovholders, FitWords words, Validator validator, SecurityIdentity identity, AppMessages msg,
            Clock clock, People people) {
        this.page = page;
        this.records = records;
        this.plans = plans;
        this.alerts = alerts;
        this.tovholders = tovholders;
        this.words = words;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.clock = clock;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> show(@PathParam("planId") String planId, @RestQuery String besked) {
        return show(plan(planId), PlanForms.empty(today()), new FormErrors(), null, notice(besked),
                RestResponse.Status.OK);
    }

    @POST
    @Path("/maal/{goalId}/evaluering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> evaluate(@PathParam("planId") String planId,
            @PathParam("goalId") String goalId, MultivaluedMap<String, String> fields) {
        UUID id = plan(planId);
        UUID goal = InvalidInputException.parseUuid("goalId", goalId);
        var sent = PlanForms.sent(today(), fields);
        var errors = new FormErrors();
        // Each goal has its own form: the API's fields are named by the goal on the page.
        return Submission.submit(validator, errors, sent.evaluation(goal, errors, msg.not_a_choice()),
                request -> plans.evaluateGoal(id, goal, request).map(done -> stored(id, "evalueret")),
                msg.plan_changed(), again(id, sent, field -> field.contains("-") ? field : field + "-" + goal));
    }

    @POST
    @Path("/afslutning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> end(@PathParam("planId") String planId,
            MultivaluedMap<String, String> fields) {
        UUID id = plan(planId);
        var sent = PlanForms.sent(today(), fields);
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.end(errors, msg.not_a_choice()),
                request -> plans.end(id, request).map(done -> stored(id, "afsluttet")),
                msg.plan_changed(), again(id, sent, UnaryOperator.identity()));
    }

    @POST
    @Path("/advarsler/{alertId}/kvittering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> acknowledge(@PathParam("planId") String planId,
            @PathParam("alertId") String alertId) {
        UUID id = plan(planId);
        UUID alert = InvalidInputException.parseUuid("alertId", alertId);
        // Nothing to fill in: what can be refused is that it was acknowledged already or is not the user's to.
        return Submission.submit(validator, new FormErrors(), alert,
                request -> alerts.acknowledge(id, request).map(done -> stored(id, "kvitteret")),
                msg.plan_changed(), again(id, PlanForms.empty(today()), UnaryOperator.identity()));
    }

    private Submission.Again again(UUID planId, PlanForms sent, UnaryOperator<String> field) {
        return (errors, conflict, status) -> show(planId, sent, errors.renamed(field), conflict, null, status);
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID planId, PlanForms sent, FormErrors errors, String conflict,
            String notice, RestResponse.Status status) {
        return records.find(planId).chain(record -> tovholders.of(record.plan().childId()).chain(tovholder ->
                people.names().map(names -> RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                        .data("view", PlanPageView.of(record, tovholder, words, msg, names))
                        .data("form", sent)
                        .data("errors", errors)
                        .data("summary", errors.summary(labels(record.plan())))
                        .data("notice", notice)
                        .data("conflict", conflict)
                        .data("occasions", Option.of(EvaluationOccasion.class, null))
                        .data("attainments", Option.of(GoalAttainment.class, null))
                        .data("endReasons", Option.of(PlanEndReason.class, null))))));
    }

    /** The summary's labels in the page's order: each goal's evaluation, then the end. */
    private SequencedMap<String, String> labels(PlanView plan) {
        var labels = new LinkedHashMap<String, String>();
        for (PlanView.GoalView goal : plan.goals()) {
            labels.put("occasion-" + goal.id(), msg.field_occasion());
            labels.put("evaluatedOn-" + goal.id(), msg.field_evaluatedOn());
            labels.put("attainment-" + goal.id(), msg.field_attainment());
            labels.put("familyView-" + goal.id(), msg.field_familyView());
        }
        labels.put("reason", msg.field_reason());
        labels.put("endedOn", msg.field_endedOn());
        return labels;
    }

    private String notice(String besked) {
        if (besked == null) {
            return null;
        }
        return switch (besked) {
            case "startet" -> msg.notice_started();
            case "session" -> msg.notice_session();
            case "evalueret" -> msg.notice_evaluated();
            case "kvitteret" -> msg.notice_acknowledged();
            case "afsluttet" -> msg.notice_ended();
            default -> null;
        };
    }

    private static URI stored(UUID planId, String notice) {
        return URI.create("/planer/" + planId + "?besked=" + notice);
    }

    /** Today as a date input shows it: what the forms' dates start from. */
    private String today() {
        return DanishDates.today(clock).toString();
    }

    private static UUID plan(String planId) {
        return InvalidInputException.parseUuid("planId", planId);
    }
}
