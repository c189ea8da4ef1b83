package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * The authority assessed whether an underretning needs acute action
 * ({@code dk.rodtraad.concern.notification-urgency-assessed.v1}). Pseudonymous.
 *
 * @param urgency {@code akut} or {@code ikke-akut}
 */
public record NotificationUrgencyAssessedV1(UUID notificationId, UUID childId, String urgency, Instant assessedAt) {
}
