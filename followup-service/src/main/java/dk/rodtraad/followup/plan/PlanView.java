package dk.rodtraad.followup.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as its own facts tell it: the intervention, who is responsible, the dates, the goals with their evaluations.
 * Its sessions, colour and alerts are read with it by {@code overview.PlanRecords}. Give {@code version} back to end it.
 *
 * @param intervention the catalogue's intervention, or null for a local effort ({@code localEffort})
 * @param birthMonth   {@code YYYY-MM}
 */
public record PlanView(UUID id, long version, UUID childId, InterventionView intervention, String localEffort,
        Professional responsible, LocalDate startsOn, String birthMonth, List<LocalDate> reviewDates,
        PlanStatus status, Instant startedAt, String startedBy, LocalDate endedOn, PlanEndReason endReason,
        List<GoalView> goals) {

    /** A professional by username and discipline (the {@code profession} claim's code). */
    public record Professional(String username, String discipline) {
    }

    /**
     * @param name    as this service's copy of the catalogue names it; null when the copy does not know it (yet)
     * @param offered whether the catalogue still offers it
     */
    public record InterventionView(UUID id, String name, boolean offered) {
    }

    public record GoalView(UUID id, GoalOwner owner, String description, String indicator, LocalDate dueOn,
            String setBy, Instant setAt, List<EvaluationView> evaluations) {
    }

    public record EvaluationView(UUID id, EvaluationOccasion occasion, LocalDate evaluatedOn,
            GoalAttainment attainment, String familyView, String evaluatedBy, Instant evaluatedAt) {

        static EvaluationView of(GoalEvaluation evaluation) {
            return new EvaluationView(evaluation.id, evaluation.occasion, evaluation.evaluatedOn,
                    evaluation.attainment, evaluation.familyView, evaluation.evaluatedBy, evaluation.evaluatedAt);
        }
    }
}
