package dk.rodtraad.concern.notification.web;

import dk.rodtraad.concern.web.ContactCard;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.ChildRow;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.concern.authority.AuthorityNotificationView;
import dk.rodtraad.concern.deadline.Deadline;
import io.quarkus.qute.TemplateData;

/**
 * A notification as the authority's caseworker reads it, in Danish: the child, what the professional wrote, both
 * deadlines and the steps taken. The inbox shows the CPR number masked, the notification's own page in full.
 *
 * @param urgency the assessment's label, or null until it is made
 * @param outcome the decision's label, or null until it is made
 */
@TemplateData
public record NotificationCard(String id, long version, String childId, String childName, String cpr,
        String maskedCpr, String ground, String knownOrSuspected, boolean parentsInformed,
        String parentsNotInformedReason, String notifiedBy, ContactCard notifier, String receivedAt, String isoReceivedAt,
        DeadlineCell urgencyDeadline, DeadlineCell receiptDeadline, String urgency, String urgencyAssessedAt,
        String receiptSentAt, String outcome, String outcomeDecidedAt) {

    public static NotificationCard of(AuthorityNotificationView view, AppMessages msg, People.Names names) {
        var child = view.child();
        return new NotificationCard(view.id().toString(), view.version(), child.id().toString(), child.name(),
                child.cpr(), ChildRow.masked(child.cpr()), view.ground().label(),
                view.knownOrSuspected(), view.parentsInformed(), view.parentsNotInformedReason(),
                names.colleague(view.notifiedBy()).isPresent() ? names.of(view.notifiedBy())
                        : view.notifiedBy() + " (" + Labels.profession(view.notifierProfession()) + ")",
                names.colleague(view.notifiedBy()).map(ContactCard::of).orElse(null),
                DanishDates.dateTime(view.receivedAt()), DanishDates.iso(view.receivedAt()),
                deadline(view, Deadline.Kind.URGENCY_ASSESSMENT, msg), deadline(view, Deadline.Kind.RECEIPT, msg),
                view.urgency() == null ? null : view.urgency().label(),
                view.urgencyAssessedAt() == null ? null : DanishDates.dateTime(view.urgencyAssessedAt()),
                view.receiptSentAt() == null ? null : DanishDates.dateTime(view.receiptSentAt()),
                view.outcome() == null ? null : view.outcome().label(),
                view.outcomeDecidedAt() == null ? null : DanishDates.dateTime(view.outcomeDecidedAt()));
    }

    private static DeadlineCell deadline(AuthorityNotificationView view, Deadline.Kind kind, AppMessages msg) {
        return view.deadlines().stream().filter(deadline -> deadline.kind() == kind).findFirst()
                .map(deadline -> DeadlineCell.of(deadline, msg)).orElseThrow();
    }
}
