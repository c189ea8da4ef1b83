package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal was evaluated at a review or at the plan's end ({@code dk.rodtraad.followup.goal-evaluated.v1}).
 *
 * @param occasion        {@code opfoelgning} or {@code afslutning}
 * @param attainment      {@code naaet}, {@code delvist} or {@code ikke-naaet}
 * @param familyViewGiven whether the family's view was recorded (its words stay in followup-service)
 */
public record GoalEvaluatedV1(UUID planId, UUID childId, UUID goalId, String occasion, String attainment,
        boolean familyViewGiven, LocalDate evaluatedOn, Instant evaluatedAt) {
}
