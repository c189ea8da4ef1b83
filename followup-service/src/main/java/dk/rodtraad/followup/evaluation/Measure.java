package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.followup.fit.ReliableChange;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the evaluation measures of a group of plans. Each measure is taken over its own <em>base</em>: the plans it can
 * be measured on (an outcome measure only on ended plans with two outcome scores, say). Whether a group may show a
 * measure depends on how many children its base holds ({@link Evaluation}), so each measure is suppressed on its own.
 * Exact definitions: docs/followup-evaluation.md.
 */
public enum Measure implements Coded {

    /** How many plans were started: every plan. */
    PLANS_STARTED("planer-startet", Kind.COUNT, plan -> true, plans -> Optional.of(BigDecimal.valueOf(plans.size()))),
    /** Of the ended plans, the share ended as completed (not stopped, moved or notified). */
    COMPLETED("gennemfoert", Kind.PERCENT, plan -> plan.end().isPresent(),
            plans -> percent(plans, plan -> plan.end().get() == PlanEndReason.GENNEMFOERT)),
    /** Of the ended plans with two outcome scores, the share whose last is at least 5 points above the intake. */
    RELIABLE_IMPROVEMENT("paalidelig-bedring", Kind.PERCENT, Measure::endedWithChange,
            plans -> percent(plans, plan -> ReliableChange.isImprovement(plan.outcome().orElseThrow().intake(),
                    plan.outcome().orElseThrow().last()))),
    /** Of the ended plans with two outcome scores on a form with a cut-off, the share ending on or above it. */
    ABOVE_CUT_OFF_AT_END("over-klinisk-graense", Kind.PERCENT,
            plan -> endedWithChange(plan) && plan.outcome().orElseThrow().cutOff().isPresent(),
            plans -> percent(plans, plan -> plan.outcome().orElseThrow().last()
                    .compareTo(plan.outcome().orElseThrow().cutOff().orElseThrow()) >= 0)),
    /** Of the ended plans with two outcome scores, the mean of last minus intake, in points. */
    MEAN_CHANGE("gennemsnitlig-forandring", Kind.MEAN, Measure::endedWithChange,
            plans -> mean(plans, plan -> plan.outcome().orElseThrow().change())),
    /** Of the evaluated goals of the plans that have one, the share reached. */
    GOALS_REACHED("maal-naaet", Kind.PERCENT, plan -> !plan.goals().isEmpty(),
            plans -> goalShare(plans, GoalAttainment.NAAET)),
    /** Of the evaluated goals of the plans that have one, the share partly reached. */
    GOALS_PARTLY("maal-delvist", Kind.PERCENT, plan -> !plan.goals().isEmpty(),
            plans -> goalShare(plans, GoalAttainment.DELVIST)),
    /** Of the plans with an alliance score, the mean of the last alliance total (0–40; 36 or lower is a concern). */
    ALLIANCE("alliance", Kind.MEAN, plan -> plan.alliance().isPresent(),
            plans -> mean(plans, plan -> plan.alliance().orElseThrow()));

    /** How a measure's value reads. */
    public enum Kind {
        COUNT, PERCENT, MEAN
    }

    private final String code;
    private final Kind kind;
    private final Predicate<PlanFacts> base;
    private final Function<List<PlanFacts>, Optional<BigDecimal>> value;

    Measure(String code, Kind kind, Predicate<PlanFacts> base, Function<List<PlanFacts>, Optional<BigDecimal>> value) {
        this.code = code;
        this.kind = kind;
        this.base = base;
        this.value = value;
    }

    @Override
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the measure is taken over this plan. */
    boolean counts(PlanFacts plan) {
        return base.test(plan);
    }

    /** The value over the plans of the base, to one decimal; empty when there is nothing to measure. */
    Optional<BigDecimal> of(List<PlanFacts> basePlans) {
        return basePlans.isEmpty() && kind != Kind.COUNT ? Optional.empty() : value.apply(basePlans);
    }

    private static boolean endedWithChange(PlanFacts plan) {
        return plan.end().isPresent() && plan.outcome().filter(PlanFacts.OutcomeSeries::measuresChange).isPresent();
    }

    private static Optional<BigDecimal> percent(List<PlanFacts> plans, Predicate<PlanFacts> counted) {
        return percent(plans.stream().filter(counted).count(), plans.size());
    }

    private static Optional<BigDecimal> goalShare(List<PlanFacts> plans, GoalAttainment attainment) {
        List<GoalAttainment> goals = plans.stream().flatMap(plan -> plan.goals().stream()).toList();
        return percent(goals.stream().filter(goal -> goal == attainment).count(), goals.size());
    }

    private static Optional<BigDecimal> percent(long count, long of) {
        return of == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(count * 100)
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> mean(List<PlanFacts> plans, Function<PlanFacts, BigDecimal> value) {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.stream().map(value)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(plans.size()), 1,
                        RoundingMode.HALF_UP));
    }
}
