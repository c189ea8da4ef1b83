package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * The authority decided what follows an underretning ({@code dk.rodtraad.concern.notification-outcome-decided.v1}).
 * Pseudonymous.
 *
 * @param outcome {@code ingen-foranstaltning}, {@code afdaekning} (§ 19), {@code boernefaglig-undersoegelse} (§ 20)
 *                or {@code stoette} (§ 32)
 */
public record NotificationOutcomeDecidedV1(UUID notificationId, UUID childId, String outcome, Instant decidedAt) {
}
