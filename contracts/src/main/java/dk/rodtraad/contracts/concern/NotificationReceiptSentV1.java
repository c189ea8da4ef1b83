package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * The authority sent the notifying professional a receipt for an underretning
 * ({@code dk.rodtraad.concern.notification-receipt-sent.v1}). Pseudonymous.
 */
public record NotificationReceiptSentV1(UUID notificationId, UUID childId, Instant sentAt) {
}
