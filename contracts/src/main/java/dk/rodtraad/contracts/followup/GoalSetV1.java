package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of a plan was set ({@code dk.rodtraad.followup.goal-set.v1}): whose goal and by when, never its words.
 *
 * @param owner {@code fagperson}, {@code familien} or {@code barnet}
 */
public record GoalSetV1(UUID planId, UUID childId, UUID goalId, String owner, LocalDate dueOn, Instant setAt) {
}
