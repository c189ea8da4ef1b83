package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan ended ({@code dk.rodtraad.followup.plan-ended.v1}).
 *
 * @param reason   {@code gennemfoert}, {@code stoppet-af-familien}, {@code skiftet-indsats} or {@code underrettet}
 * @param sessions how many sessions the plan had
 */
public record PlanEndedV1(UUID planId, UUID childId, String reason, LocalDate endedOn, int sessions,
        Instant endedAt) {
}
