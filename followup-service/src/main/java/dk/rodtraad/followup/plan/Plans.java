package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.followup.GoalEvaluatedV1;
import dk.rodtraad.contracts.followup.GoalSetV1;
import dk.rodtraad.contracts.followup.PlanEndedV1;
import dk.rodtraad.contracts.followup.PlanStartedV1;
import dk.rodtraad.followup.fit.ChildAge;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A plan's own life (indsatsplan): started by a professional on the child's case team with its goals, more goals set,
 * goals evaluated at a review or at the end, ended with a reason. Each change is audited and published in the same
 * transaction; every read is audited. Sessions and their FIT scores: {@code session.Sessions}.
 */
@ApplicationScoped
public class Plans {

    public static final int MAX_REVIEWS = 12;
    public static final int MAX_GOALS = 20;
    /** From this age a plan is not for a child: the services are for children and young people under 18. */
    public static final int ADULT = 18;
    private static final String NOT_ON_CASE_TEAM = "Fagpersonen skal være i barnets sagsteam";

    private final PlanAccess access;
    private final ChildGuard guard;
    private final CaseTeam caseTeam;
    private final PublishedInterventions interventions;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;
    private final IdempotentRequests idempotent;

    public Plans(PlanAccess access, ChildGuard guard, CaseTeam caseTeam, PublishedInterventions interventions,
            SecurityIdentity identity, Outbox outbox, AuditLog auditLog, StoredTime time,
            IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.access = access;
        this.guard = guard;
        this.caseTeam = caseTeam;
        this.interventions = interventions;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    /**
     * @param key null, or what the client names this request by: sent again (a retry, a form sent twice), it is
     *            answered with the plan the first started, not a second plan for the child
     */
    @WithTransaction
    public Uni<PlanView> start(StartPlanRequest request, IdempotencyKey key) {
        return idempotent.once(CurrentUser.of(identity).username(), key, request, () -> startNew(request),
                PlanView::id, this::shown);
    }

    private Uni<PlanView> startNew(StartPlanRequest request) {
        var starter = CurrentUser.of(identity);
        String responsible = request.responsible() == null || request.responsible().isBlank() ? starter.username()
                : request.responsible().strip();
        var problems = new ArrayList<Problem.FieldError>();
        String localEffort = text(request.localEffort());
        if ((request.interventionId() == null) == (localEffort == null)) {
            problems.add(new Problem.FieldError(request.interventionId() == null ? "interventionId" : "localEffort",
                    "Vælg en indsats fra kataloget eller beskriv en lokal indsats, ikke begge"));
        }
        YearMonth birthMonth = YearMonth.parse(request.birthMonth());
        if (birthMonth.atDay(1).isAfter(request.startsOn())) {
            problems.add(new Problem.FieldError("birthMonth", "Fødselsmåneden kan ikke ligge efter indsatsens start"));
        } else if (ChildAge.yearsAt(birthMonth, request.startsOn()) >= ADULT) {
            problems.add(new Problem.FieldError("birthMonth", "Barnet er fyldt 18 år, når indsatsen begynder"));
        }
        var reviews = new HashSet<LocalDate>();
        for (int i = 0; i < request.reviewDates().size(); i++) {
            LocalDate review = request.reviewDates().get(i);
            if (!review.isAfter(request.startsOn())) {
                problems.add(new Problem.FieldError("reviewDates[" + i + "]", "Opfølgningen skal ligge efter indsatsens start"));
            } else if (!reviews.add(review)) {
                problems.add(new Problem.FieldError("reviewDates[" + i + "]", "Datoen står der allerede"));
            }
        }
        for (int i = 0; i < request.goals().size(); i++) {
            goalProblems(request.goals().get(i), request.startsOn(), "goals[" + i + "].", problems);
        }
        return guard.requireMaySee(request.childId(), "plan")
                .chain(() -> caseTeam.disciplineOf(request.childId(), responsible))
                .call(discipline -> {
                    if (discipline.isEmpty()) {
                        problems.add(new Problem.FieldError("responsible", NOT_ON_CASE_TEAM));
                    }
                    // Both named is refused above: the catalogue is asked only about an intervention alone.
                    return request.interventionId() == null || localEffort != null ? Uni.createFrom().voidItem()
                            : interventions.isOffered(request.interventionId()).invoke(offered -> {
                                if (!offered) {
                                    problems.add(new Problem.FieldError("interventionId",
                                            "Indsatsen findes ikke i kataloget, eller den tilbydes ikke længere"));
                                }
                            }).replaceWithVoid();
                })
                .chain(discipline -> {
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    return started(request, starter, responsible, discipline.orElseThrow(), birthMonth, localEffort);
                });
    }

    private Uni<PlanView> started(StartPlanRequest request, CurrentUser starter, String responsible,
            String discipline, YearMonth birthMonth, String localEffort) {
        Instant now = time.now();
        var plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.childId = request.childId();
        plan.interventionId = request.interventionId();
        plan.localEffort = localEffort;
        plan.responsibleUsername = responsible;
        plan.responsibleDiscipline = discipline;
        plan.startsOn = request.startsOn();
        plan.birthMonth = birthMonth.atDay(1);
        plan.status = PlanStatus.AKTIV;
        plan.startedBy = starter.username();
        plan.startedAt = now;
        List<LocalDate> reviewDates = request.reviewDates().stream().sorted().toList();
        List<PlanReview> reviews = reviewDates.stream().map(day -> {
            var review = new PlanReview();
            review.id = UUID.randomUUID();
            review.planId = plan.id;
            review.reviewOn = day;
            return review;
        }).toList();
        var goals = new ArrayList<Goal>();
        for (int i = 0; i < request.goals().size(); i++) {
            goals.add(goal(plan, i, request.goals().get(i), now));
        }
        return plan.<Plan>persist()
                .call(() -> PanacheEntityBase.persist(reviews))
                .call(() -> PanacheEntityBase.persist(goals))
                .call(() -> outbox.publish(EventType.PLAN_STARTED_V1, plan.childId, new PlanStartedV1(plan.id,
                        plan.childId, plan.interventionId, plan.localEffort != null, plan.responsibleDiscipline,
                        plan.startsOn, reviewDates, goals.size(), now)))
                .call(() -> published(plan, goals))
                .call(() -> auditLog.write(plan.childId, "plan", "Indsatsplan startet"))
                .chain(() -> viewOf(plan));
    }

    /** The plan with its goals and their evaluations: audited as a read of the child's plan. */
    @WithTransaction
    public Uni<PlanView> view(UUID planId) {
        return shown(planId);
    }

    private Uni<PlanView> shown(UUID planId) {
        return access.seen(planId, "plan")
                .call(plan -> auditLog.read(plan.childId, "plan", "Indsatsplan vist"))
                .chain(this::viewOf);
    }

    /**
     * Sets one more goal of an active plan.
     *
     * @param key null, or what the client names this request by: sent again, it is answered with the plan as it is,
     *            the goal set once
     */
    @WithTransaction
    public Uni<PlanView> addGoal(UUID planId, GoalRequest request, IdempotencyKey key) {
        return idempotent.once(CurrentUser.of(identity).username(), key, List.of(planId, request),
                () -> addNewGoal(planId, request), PlanView::id, this::shown);
    }

    private Uni<PlanView> addNewGoal(UUID planId, GoalRequest request) {
        return access.active(planId, "plan").chain(plan -> {
            var problems = new ArrayList<Problem.FieldError>();
            goalProblems(request, plan.startsOn, "", problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return Goal.count("planId", plan.id).chain(count -> {
                if (count >= MAX_GOALS) {
                    throw new InvalidInputException("description", "Planen har allerede " + MAX_GOALS + " mål");
                }
                var goal = goal(plan, count.intValue(), request, time.now());
                return goal.persist()
                        .call(() -> published(plan, List.of(goal)))
                        .call(() -> auditLog.write(plan.childId, "plan", "Mål sat i indsatsplanen"))
                        .chain(() -> viewOf(plan));
            });
        });
    }

    /**
     * Evaluates a goal at a review or at the end. Allowed while the plan runs and on the day it ends, so the final
     * evaluation may follow the end on the same occasion; not before the plan began, not in the future.
     */
    @WithTransaction
    public Uni<PlanView> evaluateGoal(UUID planId, UUID goalId, EvaluateGoalRequest request) {
        return access.seen(planId, "plan").chain(plan -> Goal.<Goal>findById(goalId).chain(goal -> {
            if (goal == null || !goal.planId.equals(plan.id)) {
                throw new InvalidInputException("goalId", "Målet hører ikke til planen");
            }
            if (!plan.isActive() && request.occasion() != EvaluationOccasion.AFSLUTNING) {
                throw new InvalidInputException("occasion", "Planen er afsluttet: evaluér målet ved afslutningen");
            }
            if (request.evaluatedOn().isBefore(plan.startsOn)) {
                throw new InvalidInputException("evaluatedOn", "Evalueringen kan ikke ligge før indsatsens start");
            }
            if (plan.endedOn != null && request.evaluatedOn().isAfter(plan.endedOn)) {
                throw new InvalidInputException("evaluatedOn", "Evalueringen kan ikke ligge efter indsatsens afslutning");
            }
            Instant now = time.now();
            var evaluation = new GoalEvaluation();
            evaluation.id = UUID.randomUUID();
            evaluation.goalId = goal.id;
            evaluation.occasion = request.occasion();
            evaluation.evaluatedOn = request.evaluatedOn();
            evaluation.attainment = request.attainment();
            evaluation.familyView = text(request.familyView());
            evaluation.evaluatedBy = identity.getPrincipal().getName();
            evaluation.evaluatedAt = now;
            return evaluation.persist()
                    .call(() -> outbox.publish(EventType.GOAL_EVALUATED_V1, plan.childId, new GoalEvaluatedV1(plan.id,
                            plan.childId, goal.id, evaluation.occasion.code(), evaluation.attainment.code(),
                            evaluation.familyView != null, evaluation.evaluatedOn, now)))
                    .call(() -> auditLog.write(plan.childId, "plan", "Mål i indsatsplanen evalueret"))
                    .chain(() -> viewOf(plan));
        }));
    }

    /** Ends the plan with its reason, on a day not before it began nor before its last session. */
    @WithTransaction
    public Uni<PlanView> end(UUID planId, EndPlanRequest request) {
        return access.active(planId, "plan").invoke(plan -> {
            if (plan.version != request.version()) {
                throw new OptimisticLockException("Plan " + planId + " changed since " + request.version());
            }
        }).chain(plan -> sessions(plan.id).chain(sessions -> {
            if (request.endedOn().isBefore(plan.startsOn)) {
                throw new InvalidInputException("endedOn", "Indsatsen kan ikke slutte, før den begyndte");
            }
            if (sessions.last().isPresent() && request.endedOn().isBefore(sessions.last().get())) {
                throw new InvalidInputException("endedOn", "Indsatsen kan ikke slutte før sin seneste session");
            }
            Instant now = time.now();
            plan.status = PlanStatus.AFSLUTTET;
            plan.endedOn = request.endedOn();
            plan.endReason = request.reason();
            plan.endedBy = identity.getPrincipal().getName();
            plan.endedAt = now;
            return outbox.publish(EventType.PLAN_ENDED_V1, plan.childId, new PlanEndedV1(plan.id, plan.childId,
                            plan.endReason.code(), plan.endedOn, sessions.count(), now))
                    .call(() -> auditLog.write(plan.childId, "plan", "Indsatsplan afsluttet"))
                    .chain(() -> viewOf(plan));
        }));
    }

    /** The plan as {@link PlanView}, after writing what the session holds. Call in a session. */
    public Uni<PlanView> viewOf(Plan plan) {
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> PlanReview.of(plan.id))
                .chain(reviews -> Goal.<Goal>list("planId = ?1 order by position", plan.id)
                        .chain(goals -> evaluations(goals)
                                .chain(evaluations -> intervention(plan).map(intervention -> new PlanView(plan.id,
                                        plan.version, plan.childId, intervention.orElse(null), plan.localEffort,
                                        new PlanView.Professional(plan.responsibleUsername, plan.responsibleDiscipline),
                                        plan.startsOn, plan.birthYearMonth().toString(), reviews, plan.status,
                                        plan.startedAt, plan.startedBy, plan.endedOn, plan.endReason,
                                        goals.stream().map(goal -> new PlanView.GoalView(goal.id, goal.owner,
                                                goal.description, goal.indicator, goal.dueOn, goal.setBy, goal.setAt,
                                                evaluations.getOrDefault(goal.id, List.of()))).toList())))));
    }

    private static Uni<Map<UUID, List<PlanView.EvaluationView>>> evaluations(List<Goal> goals) {
        if (goals.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return GoalEvaluation.<GoalEvaluation>list("goalId in ?1 order by evaluatedOn, evaluatedAt",
                        goals.stream().map(goal -> goal.id).toList())
                .map(all -> all.stream().collect(Collectors.groupingBy(evaluation -> evaluation.goalId,
                        Collectors.mapping(PlanView.EvaluationView::of, Collectors.toList()))));
    }

    private Uni<Optional<PlanView.InterventionView>> intervention(Plan plan) {
        return plan.interventionId == null ? Uni.createFrom().item(Optional.empty())
                : interventions.find(plan.interventionId).map(found -> Optional.of(found
                        .map(known -> new PlanView.InterventionView(known.id(), known.name(), known.offered()))
                        .orElse(new PlanView.InterventionView(plan.interventionId, null, false))));
    }

    private Uni<Void> published(Plan plan, List<Goal> goals) {
        return Multi.createFrom().iterable(goals).onItem().transformToUniAndConcatenate(goal ->
                        outbox.publish(EventType.GOAL_SET_V1, plan.childId, new GoalSetV1(plan.id, plan.childId, goal.id,
                                goal.owner.code(), goal.dueOn, goal.setAt)))
                .collect().last().replaceWithVoid();
    }

    private Goal goal(Plan plan, int position, GoalRequest request, Instant now) {
        var goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.planId = plan.id;
        goal.position = position;
        goal.owner = request.owner();
        goal.description = request.description().strip();
        goal.indicator = request.indicator().strip();
        goal.dueOn = request.dueOn();
        goal.setBy = identity.getPrincipal().getName();
        goal.setAt = now;
        return goal;
    }

    private static void goalProblems(GoalRequest goal, LocalDate startsOn, String prefix,
            List<Problem.FieldError> problems) {
        if (goal.dueOn().isBefore(startsOn)) {
            problems.add(new Problem.FieldError(prefix + "dueOn", "Målet kan ikke skulle nås, før indsatsen begynder"));
        }
    }

    /** How many sessions the plan has had, and the day of the last. */
    private record SessionDays(int count, Optional<LocalDate> last) {
    }

    /**
     * The plan's sessions are the session feature's (which builds on this one), so they are counted by their table,
     * not their class.
     */
    private static Uni<SessionDays> sessions(UUID planId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select count(*), max(held_on)::text from session where plan_id = ?1", Object[].class)
                .setParameter(1, planId).getSingleResult()
                .map(row -> new SessionDays(((Number) row[0]).intValue(),
                        Optional.ofNullable((String) row[1]).map(LocalDate::parse))));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
