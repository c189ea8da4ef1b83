package dk.rodtraad.followup.session;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.followup.SessionScoredV1;
import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.alert.Alerts;
import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Score;
import dk.rodtraad.followup.fit.SessionScores;
import dk.rodtraad.followup.plan.Plan;
import dk.rodtraad.followup.plan.PlanAccess;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * FIT at every session: a session's scores, per rater, in one request and one transaction. Every form is checked
 * against the rater and the child's age on the day, every item against the 0–10 line; one bad field and nothing is
 * stored. The plan's colour and trend after the session come from the FIT rules ({@link FitAssessment}) with the
 * expectation rule in force ({@link ReferencePlans}); orange and red raise an alert ({@link Alerts}). Audited and
 * published in the same transaction, the scores never: the event says the colour and the trend.
 */
@ApplicationScoped
public class Sessions {

    private final PlanAccess access;
    private final ReferencePlans referencePlans;
    private final Alerts alerts;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public Sessions(PlanAccess access, ReferencePlans referencePlans, Alerts alerts, SecurityIdentity identity,
            Outbox outbox, AuditLog auditLog, StoredTime time) {
        this.access = access;
        this.referencePlans = referencePlans;
        this.alerts = alerts;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    @WithTransaction
    public Uni<SessionResult> score(UUID planId, ScoreSessionRequest request) {
        return access.active(planId, "session").chain(plan -> ScoredSession.of(plan.id).chain(earlier -> {
            var problems = new ArrayList<Problem.FieldError>();
            if (request.heldOn().isBefore(plan.startsOn)) {
                problems.add(new Problem.FieldError("heldOn", "Sessionen kan ikke ligge før indsatsens start den "
                        + DanishDates.date(plan.startsOn)));
            } else if (!earlier.isEmpty() && !request.heldOn().isAfter(earlier.getLast().session().heldOn)) {
                problems.add(new Problem.FieldError("heldOn", "Sessionen skal ligge efter planens seneste session den "
                        + DanishDates.date(earlier.getLast().session().heldOn)));
            } else {
                ratingProblems(request.ratings(), plan.childAgeOn(request.heldOn()), problems);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return referencePlans.rule().chain(rule -> {
                var session = new Session();
                session.id = UUID.randomUUID();
                session.planId = plan.id;
                session.number = earlier.size() + 1;
                session.heldOn = request.heldOn();
                session.recordedBy = identity.getPrincipal().getName();
                session.recordedAt = time.now();
                List<SessionScore> scores = rows(session.id, request.ratings());
                var scored = new ScoredSession(session, scores);
                var all = new ArrayList<SessionScores>(ScoredSession.forFit(plan, earlier));
                all.addAll(scored.forFit(plan));
                FitAssessment fit = FitAssessment.assess(all, rule);
                session.colour = fit.colour();
                session.trend = fit.trend();
                session.expectationRule = fit.raters().stream()
                        .anyMatch(r -> r.expectation().source() == ExpectationSource.DERIVED)
                        ? ExpectationSource.DERIVED : ExpectationSource.DEFAULT;
                return session.persist()
                        .call(() -> PanacheEntityBase.persist(scores))
                        .call(() -> outbox.publish(EventType.SESSION_SCORED_V1, plan.childId, new SessionScoredV1(
                                plan.id, plan.childId, session.id, session.number, session.heldOn,
                                request.ratings().stream().map(r -> r.rater().code()).toList(), fit.colour().code(),
                                fit.trend().code(), session.expectationRule.code(), session.recordedAt)))
                        .chain(() -> alerts.raise(plan, session.id, fit))
                        .call(() -> auditLog.write(plan.childId, "session", "FIT-scores registreret"))
                        .map(alert -> new SessionResult(scored.view(), fit, alert.map(AlertView::of).orElse(null)));
            });
        }));
    }

    /** Each rater once; each form the one for the rater and the child's age; each item on the 0–10 line. */
    private static void ratingProblems(List<RatingRequest> ratings, int childAge, List<Problem.FieldError> problems) {
        var raters = EnumSet.noneOf(Rater.class);
        for (int i = 0; i < ratings.size(); i++) {
            RatingRequest rating = ratings.get(i);
            String field = "ratings[" + i + "].";
            if (!raters.add(rating.rater())) {
                problems.add(new Problem.FieldError(field + "rater", "Hver person udfylder ét sæt skemaer pr. session"));
            }
            formProblems(rating.outcome(), FitForm.outcomeFor(rating.rater(), childAge), rating.rater(), childAge,
                    field + "outcome.", problems);
            if (rating.alliance() != null) {
                formProblems(rating.alliance(), FitForm.allianceFor(rating.rater(), childAge), rating.rater(),
                        childAge, field + "alliance.", problems);
            }
        }
    }

    private static void formProblems(FormScoresRequest form, FitForm fitting, Rater rater, int childAge, String field,
            List<Problem.FieldError> problems) {
        if (form.form() != fitting) {
            problems.add(new Problem.FieldError(field + "form", rater.isAdult()
                    ? "En voksen udfylder " + fitting.name()
                    : "Et barn på " + childAge + " år udfylder " + fitting.name()));
        }
        for (Score.ItemProblem problem : Score.check(form.items())) {
            problems.add(new Problem.FieldError(field + problem.field(), switch (problem.problem()) {
                case WRONG_COUNT -> "Angiv skemaets fire punkter";
                case MISSING -> "Angiv punktet";
                case OUT_OF_RANGE -> "Punktet skal ligge mellem 0 og 10";
                case TOO_MANY_DECIMALS -> "Angiv punktet med højst én decimal";
            }));
        }
    }

    private static List<SessionScore> rows(UUID sessionId, List<RatingRequest> ratings) {
        var rows = new ArrayList<SessionScore>();
        for (RatingRequest rating : ratings) {
            rows.add(SessionScore.of(sessionId, rating.rater(), ScoreKind.OUTCOME, rating.outcome().form(),
                    new Score(rating.outcome().items())));
            if (rating.alliance() != null) {
                rows.add(SessionScore.of(sessionId, rating.rater(), ScoreKind.ALLIANCE, rating.alliance().form(),
                        new Score(rating.alliance().items())));
            }
        }
        return rows;
    }
}
