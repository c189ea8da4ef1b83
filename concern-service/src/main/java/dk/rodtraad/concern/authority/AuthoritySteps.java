package dk.rodtraad.concern.authority;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.concern.access.LoggedInProfessional;
import dk.rodtraad.concern.deadline.Deadline;
import dk.rodtraad.concern.notification.Notification;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.NotificationOutcomeDecidedV1;
import dk.rodtraad.contracts.concern.NotificationReceiptSentV1;
import dk.rodtraad.contracts.concern.NotificationUrgencyAssessedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The authority's inbox of underretninger and its steps on each: the urgency assessment, the receipt and the
 * outcome. Every notification shows the child's CPR number and name, so every read is audit-logged; each step is
 * done once, audit-logged and published as a pseudonymous event for the timelines, in one transaction.
 */
@ApplicationScoped
public class AuthoritySteps {

    static final String VERSION = "Angiv den version af underretningen, du har set";

    /** Overdue first, then the nearest deadline; notifications with both steps taken last, oldest first. */
    private static final Comparator<Notification> INBOX_ORDER = Comparator.comparing(
            (Notification notification) -> AuthorityNotificationView.nextDeadline(notification).orElse(null),
            Comparator.nullsLast(Deadline.MOST_URGENT_FIRST));

    private final LoggedInProfessional loggedIn;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public AuthoritySteps(LoggedInProfessional loggedIn, Outbox outbox, AuditLog auditLog, StoredTime time) {
        this.loggedIn = loggedIn;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    @WithTransaction
    public Uni<List<AuthorityNotificationView>> inbox() {
        var now = time.now();
        return Notification.allWithChild()
                .call(all -> all.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(all.stream()
                                .map(notification -> notification.child.id).distinct()
                                .map(childId -> auditLog.read(childId, "notification", "Myndighedens indbakke vist"))
                                .toList())
                        .andFailFast().replaceWithVoid())
                .map(all -> all.stream().sorted(INBOX_ORDER)
                        .map(notification -> AuthorityNotificationView.of(notification, now)).toList());
    }

    /** @return null when there is no such notification */
    @WithTransaction
    public Uni<AuthorityNotificationView> find(UUID id) {
        return Notification.withChild(id).call(notification -> notification == null ? Uni.createFrom().voidItem()
                        : auditLog.read(notification.child.id, "notification", "Underretning vist"))
                .map(notification -> notification == null ? null
                        : AuthorityNotificationView.of(notification, time.now()));
    }

    /** @return null when there is no such notification */
    @WithTransaction
    public Uni<AuthorityNotificationView> assessUrgency(UUID id, AssessUrgencyRequest request) {
        return changeable(id, request.version()).chain(notification -> {
            if (notification == null) {
                return Uni.createFrom().nullItem();
            }
            if (notification.urgency != null) {
                throw new Conflict("Underretningen er allerede vurderet");
            }
            notification.urgency = request.urgency();
            notification.urgencyAssessedBy = loggedIn.username();
            notification.urgencyAssessedAt = time.now();
            return saved(notification, EventType.NOTIFICATION_URGENCY_ASSESSED_V1,
                    new NotificationUrgencyAssessedV1(notification.id, notification.child.id,
                            notification.urgency.code(), notification.urgencyAssessedAt),
                    "Underretning vurderet: " + notification.urgency.label());
        });
    }

    /** @return null when there is no such notification */
    @WithTransaction
    public Uni<AuthorityNotificationView> sendReceipt(UUID id, SendReceiptRequest request) {
        return changeable(id, request.version()).chain(notification -> {
            if (notification == null) {
                return Uni.createFrom().nullItem();
            }
            if (notification.receiptSentAt != null) {
                throw new Conflict("Kvitteringen er allerede sendt");
            }
            notification.receiptSentBy = loggedIn.username();
            notification.receiptSentAt = time.now();
            return saved(notification, EventType.NOTIFICATION_RECEIPT_SENT_V1, new NotificationReceiptSentV1(
                    notification.id, notification.child.id, notification.receiptSentAt), "Kvittering sendt");
        });
    }

    /** @return null when there is no such notification */
    @WithTransaction
    public Uni<AuthorityNotificationView> decideOutcome(UUID id, DecideOutcomeRequest request) {
        return changeable(id, request.version()).chain(notification -> {
            if (notification == null) {
                return Uni.createFrom().nullItem();
            }
            if (notification.urgency == null) {
                // What follows presumes the question of acute danger is settled.
                throw new Conflict("Vurder først, om underretningen kræver akut handling");
            }
            if (notification.outcome != null) {
                throw new Conflict("Udfaldet er allerede besluttet");
            }
            notification.outcome = request.outcome();
            notification.outcomeDecidedBy = loggedIn.username();
            notification.outcomeDecidedAt = time.now();
            return saved(notification, EventType.NOTIFICATION_OUTCOME_DECIDED_V1,
                    new NotificationOutcomeDecidedV1(notification.id, notification.child.id,
                            notification.outcome.code(), notification.outcomeDecidedAt),
                    "Udfald besluttet: " + notification.outcome.label());
        });
    }

    private static Uni<Notification> changeable(UUID id, long version) {
        return Notification.withChild(id).invoke(notification -> {
            if (notification != null && notification.version != version) {
                throw new OptimisticLockException("Notification " + id + " has changed since version " + version);
            }
        });
    }

    private Uni<AuthorityNotificationView> saved(Notification notification, EventType type, Object payload,
            String purpose) {
        return notification.<Notification>persistAndFlush()
                .call(() -> outbox.publish(type, notification.child.id, payload))
                .call(() -> auditLog.write(notification.child.id, "notification", purpose))
                .map(stored -> AuthorityNotificationView.of(stored, time.now()));
    }
}
