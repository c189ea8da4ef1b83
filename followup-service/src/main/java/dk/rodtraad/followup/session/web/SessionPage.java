package dk.rodtraad.followup.session.web;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.followup.fit.ChildAge;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Score;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.plan.Plans;
import dk.rodtraad.followup.plan.web.PlanPageView;
import dk.rodtraad.followup.session.ScoreSessionRequest;
import dk.rodtraad.followup.session.Sessions;
import dk.rodtraad.followup.session.web.SessionForm.Part;
import dk.rodtraad.followup.session.web.SessionFormView.ItemInput;
import dk.rodtraad.followup.session.web.SessionFormView.PartInputs;
import dk.rodtraad.followup.session.web.SessionFormView.RaterInputs;
import dk.rodtraad.followup.web.AppMessages;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A session's FIT scores, entered in under a minute: the date, then for each rater who took part the four items of the
 * outcome form and of the alliance form as number inputs (0–10, one decimal), the forms already chosen from the rater
 * and the child's age, all in one tab order. Judged by the API's service; each problem stands by its item, and
 * nothing is stored until all is right.
 */
@Cancellable(false)
@Path("/planer/{planId}/sessioner/ny")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class SessionPage {

    /** The API's name of an item, e.g. {@code ratings[1].alliance.items[2]}, or of a rater's form as a whole. */
    private static final Pattern RATING_FIELD = Pattern.compile("ratings\\[(\\d+)](?:\\.(outcome|alliance)(?:\\.items\\[(\\d+)])?)?.*");

    private final Template page;
    private final Plans plans;
    private final Sessions sessions;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final Clock clock;

    public SessionPage(@Location("opfoelgning/session.html") Template page, Plans plans, Sessions sessions,
            Validator validator, SecurityIdentity identity, AppMessages msg, Clock clock) {
        this.page = page;
        this.plans = plans;
        this.sessions = sessions;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.clock = clock;
    }

    @GET
    public Uni<RestResponse<TemplateInstance>> form(@PathParam("planId") String planId) {
        var today = Map.of("heldOn", today().toString());
        return show(plan(planId), new SessionForm(today), new FormErrors(), RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> score(@PathParam("planId") String planId,
            MultivaluedMap<String, String> fields) {
        UUID id = plan(planId);
        var sent = new SessionForm(first(fields));
        var errors = new FormErrors();
        return plans.view(id).chain(plan -> {
            ScoreSessionRequest request = sent.request(YearMonth.parse(plan.birthMonth()), today(), errors,
                    msg.not_a_number());
            return Submission.submit(validator, errors, request,
                    valid -> sessions.score(id, valid).onFailure(InvalidInputException.class)
                            .transform(e -> byItem((InvalidInputException) e, valid))
                            .map(scored -> URI.create("/planer/" + id + "?besked=session")),
                    null, (problems, conflict, status) -> show(plan, sent, problems, status));
        });
    }

    private Uni<RestResponse<TemplateInstance>> show(UUID planId, SessionForm sent, FormErrors errors,
            RestResponse.Status status) {
        return plans.view(planId).chain(plan -> show(plan, sent, errors, status));
    }

    private Uni<RestResponse<TemplateInstance>> show(PlanView plan, SessionForm sent, FormErrors errors,
            RestResponse.Status status) {
        LocalDate heldOn = sent.heldOn(new FormErrors());
        int age = Math.max(0, ChildAge.yearsAt(YearMonth.parse(plan.birthMonth()), heldOn == null ? today() : heldOn));
        var view = new SessionFormView(plan.id(), PlanPageView.intervention(plan), sent.value("heldOn"),
                msg.session_age(age), SessionForm.ORDER.stream().map(rater -> inputs(rater, age, sent)).toList());
        return Uni.createFrom().item(RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                .data("view", view)
                .data("errors", errors)
                .data("conflict", null)
                .data("summary", errors.summary(labels(age)))));
    }

    private RaterInputs inputs(Rater rater, int age, SessionForm sent) {
        FitForm outcome = FitForm.outcomeFor(rater, age);
        FitForm alliance = FitForm.allianceFor(rater, age);
        return new RaterInputs(SessionForm.field(rater), msg.session_legend(rater.label(), outcome.name(),
                alliance.name()), msg.session_rater_hint(), List.of(
                new PartInputs(msg.session_outcome(outcome.name()), items(rater, Part.OUTCOME, outcome, sent)),
                new PartInputs(msg.session_alliance(alliance.name()), items(rater, Part.ALLIANCE, alliance, sent))));
    }

    private List<ItemInput> items(Rater rater, Part part, FitForm form, SessionForm sent) {
        return IntStream.rangeClosed(1, Score.ITEMS).mapToObj(item -> new ItemInput(SessionForm.field(rater, part, item),
                msg.session_item(form.name(), item), sent.value(SessionForm.field(rater, part, item)))).toList();
    }

    /**
     * The API names a problem by its place in the request ({@code ratings[0].outcome.items[2]}); the page by its input
     * ({@code barn-resultat-3}), or by the rater's group when the problem is with the form as a whole.
     */
    static InvalidInputException byItem(InvalidInputException refused, ScoreSessionRequest request) {
        return new InvalidInputException(refused.errors().stream().map(error -> {
            Matcher match = RATING_FIELD.matcher(error.field());
            if (!match.matches() || Integer.parseInt(match.group(1)) >= request.ratings().size()) {
                return error;
            }
            Rater rater = request.ratings().get(Integer.parseInt(match.group(1))).rater();
            if (match.group(3) == null) {
                return new Problem.FieldError(SessionForm.field(rater), error.message());
            }
            Part part = match.group(2).equals("outcome") ? Part.OUTCOME : Part.ALLIANCE;
            return new Problem.FieldError(SessionForm.field(rater, part, Integer.parseInt(match.group(3)) + 1),
                    error.message());
        }).toList());
    }

    /** The summary's labels, in the page's order: the date, then each rater's group and items. */
    private SequencedMap<String, String> labels(int age) {
        var labels = new LinkedHashMap<String, String>();
        labels.put("heldOn", msg.field_heldOn());
        labels.put("ratings", msg.session_scores());
        for (Rater rater : SessionForm.ORDER) {
            labels.put(SessionForm.field(rater), rater.label());
            for (Part part : Part.values()) {
                FitForm form = part == Part.OUTCOME ? FitForm.outcomeFor(rater, age) : FitForm.allianceFor(rater, age);
                for (int item = 1; item <= Score.ITEMS; item++) {
                    labels.put(SessionForm.field(rater, part, item), rater.label() + ", " + msg.session_item(form.name(), item));
                }
            }
        }
        return labels;
    }

    private LocalDate today() {
        return DanishDates.today(clock);
    }

    private static Map<String, String> first(MultivaluedMap<String, String> fields) {
        var first = new HashMap<String, String>();
        fields.forEach((name, values) -> {
            if (values != null && !values.isEmpty() && values.getFirst() != null) {
                first.put(name, values.getFirst());
            }
        });
        return first;
    }

    private static UUID plan(String planId) {
        return InvalidInputException.parseUuid("planId", planId);
    }
}
