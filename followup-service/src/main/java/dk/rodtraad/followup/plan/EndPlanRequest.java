package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Ends a plan with its reason, on a day not before its last session; {@code version} is the plan's version seen. */
public record EndPlanRequest(
        @NotNull(message = "Vælg hvorfor indsatsen slutter") PlanEndReason reason,
        @NotNull(message = "Angiv hvornår indsatsen sluttede") @WorkDate(happened = true) LocalDate endedOn,
        @NotNull(message = "Angiv versionen af planen, du har set") Long version) {
}
