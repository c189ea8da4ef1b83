package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A goal evaluated at a review or at the end: reached, partly or not, and the family's view in its own words. */
public record EvaluateGoalRequest(
        @NotNull(message = "Vælg om målet evalueres ved en opfølgning eller ved afslutningen") EvaluationOccasion occasion,
        @NotNull(message = "Angiv hvornår målet blev evalueret") @WorkDate(happened = true) LocalDate evaluatedOn,
        @NotNull(message = "Vælg om målet er nået, delvist nået eller ikke nået") GoalAttainment attainment,
        @Size(max = 2000, message = "Højst 2000 tegn") String familyView) {
}
