package dk.rodtraad.concern.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as the professional who made it sees it: what they sent, and what the authority has told them
 * (the receipt, and whether an investigation or measures followed). The authority's urgency assessment is its own.
 */
public record MyNotificationView(UUID id, UUID childId, String childName, UUID concernId, Ground ground,
        String knownOrSuspected, boolean parentsInformed, String parentsNotInformedReason, Instant receivedAt,
        Instant receiptSentAt, Outcome outcome, Instant outcomeDecidedAt) {

    static MyNotificationView of(Notification notification) {
        return new MyNotificationView(notification.id, notification.child.id, notification.child.name,
                notification.concernId, notification.ground, notification.knownOrSuspected,
                notification.parentsInformed, notification.parentsNotInformedReason, notification.receivedAt,
                notification.receiptSentAt, notification.outcome, notification.outcomeDecidedAt);
    }
}
