package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session's FIT forms were scored ({@code dk.rodtraad.followup.session-scored.v1}): the colour and the trend FIT
 * gives the plan after it, never the scores themselves.
 *
 * @param number          the session's number in the plan, from 1
 * @param raters          who rated, one per rater: {@code barn}, {@code forælder}, {@code anden-voksen}
 * @param colour          {@code grå}, {@code grøn}, {@code orange} or {@code rød}
 * @param trend           {@code fremgang}, {@code ingen-fremgang}, {@code tilbagegang} or {@code for-tidligt}
 * @param expectationRule the expected progress used: {@code standard} (the open rule) or {@code kommunens-data} (derived
 *                        from the municipality's own ended plans)
 */
public record SessionScoredV1(UUID planId, UUID childId, UUID sessionId, int number, LocalDate heldOn,
        List<String> raters, String colour, String trend, String expectationRule, Instant scoredAt) {
}
