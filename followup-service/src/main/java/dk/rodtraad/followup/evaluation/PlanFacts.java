package dk.rodtraad.followup.evaluation;

import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.PlanEndReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the evaluation knows of one plan with an intervention of the catalogue: ids, dates, codes and totals, never a
 * name or a word anyone wrote. The child's id only tells two plans of the same child apart; it never leaves the
 * evaluation.
 *
 * @param ageAtStart  the child's age in whole years on the plan's start date
 * @param end         why the plan ended; empty while it goes on
 * @param outcome     the outcome series of the plan's evaluated rater (docs/followup-evaluation.md); empty without
 *                    an outcome score
 * @param goals       each goal's latest evaluation; a goal not evaluated yet is left out
 * @param alliance    the last alliance total of the same rater; empty without one
 */
public record PlanFacts(UUID childId, UUID interventionId, LocalDate startsOn, int ageAtStart,
        Optional<PlanEndReason> end, Optional<OutcomeSeries> outcome, List<GoalAttainment> goals,
        Optional<BigDecimal> alliance) {

    /**
     * One rater's outcome totals: the first (the intake) and the form it was on, the last, how many there are, and
     * the clinical cut-off of the last one's form, rater and age (none for YCORS).
     */
    public record OutcomeSeries(FitForm form, BigDecimal intake, BigDecimal last, int scores,
            Optional<BigDecimal> cutOff) {

        /** A change needs two scores. */
        public boolean measuresChange() {
            return scores >= 2;
        }

        public BigDecimal change() {
            return last.subtract(intake);
        }
    }
}
