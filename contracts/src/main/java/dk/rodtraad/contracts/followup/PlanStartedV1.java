package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An intervention plan (indsatsplan) was started for a child ({@code dk.rodtraad.followup.plan-started.v1}). The
 * responsible professional by discipline; never the goals' words, the local effort's description or the birth month.
 *
 * @param interventionId the catalogue's intervention, or null for a local effort
 * @param localEffort    whether the intervention is a local effort the catalogue does not hold
 * @param goals          how many goals the plan starts with (each also a {@code goal-set} event)
 */
public record PlanStartedV1(UUID planId, UUID childId, UUID interventionId, boolean localEffort,
        String responsibleDiscipline, LocalDate startsOn, List<LocalDate> reviewDates, int goals, Instant startedAt) {
}
