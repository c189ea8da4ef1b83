package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.LoggedInProfessional;
import dk.rodtraad.concern.access.Professional;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.child.ChildRegistry;
import dk.rodtraad.concern.recording.ChildAge;
import dk.rodtraad.concern.recording.Concern;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.ChildNotifiedV1;
import dk.rodtraad.contracts.concern.NotificationReceivedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Professionals notify the authority (underretning). The notification, the case team it starts if the child has none,
 * the authority's access to the child, both events and the audit entry are stored together or not at all: the full
 * notification for the authority alone, a pseudonymous one for every timeline.
 */
@ApplicationScoped
public class Notifications {

    private final ChildRegistry children;
    private final ChildAccess access;
    private final LoggedInProfessional loggedIn;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final Clock clock;
    private final IdempotentRequests idempotent;

    public Notifications(ChildRegistry children, ChildAccess access, LoggedInProfessional loggedIn, Outbox outbox,
            AuditLog auditLog, Clock clock, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.children = children;
        this.access = access;
        this.loggedIn = loggedIn;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @param key null, or what the client names this request by: sent again, it is answered with the first's */
    @WithTransaction
    public Uni<MyNotificationView> notifyAuthority(NotifyAboutChildRequest request, IdempotencyKey key) {
        var notifier = loggedIn.withDiscipline();
        String childField = request.child().id() != null ? "child.id" : "child.cpr";
        return once(notifier, key, request, () -> children.identify("child", request.child()).chain(child -> {
            if (request.ground() != Ground.UFOEDT_BARN) {
                ChildAge.requireUnder18(child.bornOn(), DanishDates.today(clock), childField);
            }
            return store(child, null, request, notifier);
        }));
    }

    /**
     * @param key null, or what the client names this request by: sent again, it is answered with the first's
     * @return null when there is no such concern the professional is involved with
     */
    @WithTransaction
    public Uni<MyNotificationView> notifyFromConcern(UUID concernId, NotifyRequest request, IdempotencyKey key) {
        var notifier = loggedIn.withDiscipline();
        return once(notifier, key, List.of(concernId, request), () -> Concern.<Concern>find(
                        "from Concern c join fetch c.child where c.id = ?1", concernId).firstResult()
                .chain(concern -> concern == null ? Uni.createFrom().nullItem()
                        // The heightened duty to notify is the recorder's own: from their own concern always.
                        : concern.recordedBy.equals(notifier.username())
                                ? store(concern.child, concern.id, request, notifier)
                                : access.isMember(concern.child.id, notifier.username())
                                .chain(member -> member ? store(concern.child, concern.id, request, notifier)
                                        : Uni.createFrom().nullItem())));
    }

    /**
     * Notifies once per key: an underretning sent twice (a retry after a lost answer, a form sent twice) would
     * otherwise reach the authority twice, with two sets of deadlines. Sent again, the first is shown again.
     */
    private Uni<MyNotificationView> once(Professional notifier, IdempotencyKey key, Object request,
            Supplier<Uni<MyNotificationView>> notify) {
        return idempotent.once(notifier.username(), key, request, notify, MyNotificationView::id,
                id -> Notification.withChild(id).call(sent -> audited(List.of(sent.child.id)))
                        .map(MyNotificationView::of));
    }

    /** The logged-in professional's own notifications, newest first, with what the authority has done. */
    @WithTransaction
    public Uni<List<MyNotificationView>> mine() {
        return Notification.by(loggedIn.username()).call(notifications -> audited(notifications.stream()
                        .map(notification -> notification.child.id).distinct().toList()))
                .map(notifications -> notifications.stream().map(MyNotificationView::of).toList());
    }

    /** @return null when there is no such notification made by the logged-in professional */
    @WithTransaction
    public Uni<MyNotificationView> mine(UUID id) {
        return Notification.withChild(id).chain(notification ->
                notification == null || !notification.notifiedBy.equals(loggedIn.username())
                        ? Uni.createFrom().nullItem()
                        : audited(List.of(notification.child.id)).map(ignored -> MyNotificationView.of(notification)));
    }

    private Uni<Void> audited(List<UUID> childIds) {
        return childIds.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(childIds.stream()
                        .map(childId -> auditLog.read(childId, "notification", "Egne underretninger vist")).toList())
                .andFailFast().replaceWithVoid();
    }

    private Uni<MyNotificationView> store(Child child, UUID concernId, NotificationDetails details,
            Professional notifier) {
        var notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.child = child;
        notification.concernId = concernId;
        notification.ground = details.ground();
        notification.knownOrSuspected = details.knownOrSuspected().strip();
        notification.parentsInformed = details.parentsInformed();
        notification.parentsNotInformedReason = details.parentsInformed() ? null
                : details.parentsNotInformedReason().strip();
        notification.notifiedBy = notifier.username();
        notification.notifierProfession = notifier.profession();
        // Stored as PostgreSQL keeps it, so the deadlines shown now equal those computed from what is read back.
        notification.receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return notification.persist()
                .call(() -> access.startTeamUnlessThere(child.id, notifier))
                .call(() -> access.grantAuthority(child.id, notification.id, notification.receivedAt))
                .call(() -> outbox.publish(EventType.NOTIFICATION_RECEIVED_V1, child.id, received(notification)))
                .call(() -> outbox.publish(EventType.CHILD_NOTIFIED_V1, child.id, new ChildNotifiedV1(
                        notification.id, child.id, notification.ground.code(), notification.receivedAt)))
                .call(() -> auditLog.write(child.id, "notification", "Underretning sendt til myndigheden"))
                .map(ignored -> MyNotificationView.of(notification));
    }

    private static NotificationReceivedV1 received(Notification notification) {
        var child = notification.child;
        var deadlines = notification.deadlines();
        return new NotificationReceivedV1(notification.id,
                new NotificationReceivedV1.Child(child.id, child.cpr, child.name), notification.concernId,
                notification.ground.code(), notification.knownOrSuspected, notification.parentsInformed,
                notification.parentsNotInformedReason,
                new NotificationReceivedV1.Notifier(notification.notifiedBy, notification.notifierProfession),
                notification.receivedAt, deadlines.urgencyAssessmentDue(), deadlines.receiptDue());
    }
}
