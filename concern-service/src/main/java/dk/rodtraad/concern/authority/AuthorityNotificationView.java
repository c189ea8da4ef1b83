package dk.rodtraad.concern.authority;

import dk.rodtraad.concern.deadline.Deadline;
import dk.rodtraad.concern.notification.Ground;
import dk.rodtraad.concern.notification.Notification;
import dk.rodtraad.concern.notification.Outcome;
import dk.rodtraad.concern.notification.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A notification in the authority's inbox: who the child is, what was notified, its statutory deadlines and the
 * steps taken. {@code overdue} is true while a deadline has passed without its step. Give {@code version} back with
 * each step.
 */
public record AuthorityNotificationView(UUID id, long version, Child child, UUID concernId, Ground ground,
        String knownOrSuspected, boolean parentsInformed, String parentsNotInformedReason, String notifiedBy,
        String notifierProfession, Instant receivedAt, boolean overdue, List<DeadlineView> deadlines,
        Urgency urgency, Instant urgencyAssessedAt, Instant receiptSentAt, Outcome outcome,
        Instant outcomeDecidedAt) {

    public record Child(UUID id, String cpr, String name) {
    }

    /** @param metAt when the step was taken, or null while it is open */
    public record DeadlineView(Deadline.Kind kind, Instant due, Instant metAt, boolean overdue) {
    }

    /** The deadline the notification's next step must meet; empty when both steps are taken. */
    static Optional<Deadline> nextDeadline(Notification notification) {
        return notification.deadlines().deadlines().stream()
                .filter(deadline -> metAt(notification, deadline) == null)
                .min(Deadline.MOST_URGENT_FIRST);
    }

    static AuthorityNotificationView of(Notification notification, Instant now) {
        var deadlines = notification.deadlines().deadlines().stream().map(deadline -> {
            var met = metAt(notification, deadline);
            return new DeadlineView(deadline.kind(), deadline.due(), met, met == null && deadline.overdueAt(now));
        }).toList();
        var child = notification.child;
        return new AuthorityNotificationView(notification.id, notification.version,
                new Child(child.id, child.cpr, child.name), notification.concernId, notification.ground,
                notification.knownOrSuspected, notification.parentsInformed, notification.parentsNotInformedReason,
                notification.notifiedBy, notification.notifierProfession, notification.receivedAt,
                deadlines.stream().anyMatch(DeadlineView::overdue), deadlines, notification.urgency,
                notification.urgencyAssessedAt, notification.receiptSentAt, notification.outcome,
                notification.outcomeDecidedAt);
    }

    private static Instant metAt(Notification notification, Deadline deadline) {
        return switch (deadline.kind()) {
            case URGENCY_ASSESSMENT -> notification.urgencyAssessedAt;
            case RECEIPT -> notification.receiptSentAt;
        };
    }
}
