package dk.rodtraad.concern.notification.web;

import dk.rodtraad.concern.authority.AuthorityNotificationView.DeadlineView;
import dk.rodtraad.concern.deadline.Deadline;
import java.time.Instant;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.deadline.NotificationDeadlines;
import dk.rodtraad.concern.notification.MyNotificationView;
import io.quarkus.qute.TemplateData;

/**
 * One of the professional's own notifications, in Danish: what was sent, and what the authority has told them.
 *
 * @param receipt the receipt's deadline: the day it is due by, and met, open or overdue
 * @param outcome what the authority decided, or that it has not yet
 */
@TemplateData
public record MyNotificationRow(String childId, String childName, String ground, String receivedAt,
        String isoReceivedAt, DeadlineCell receipt, String outcome) {

    static MyNotificationRow of(MyNotificationView view, AppMessages msg, Instant now) {
        return new MyNotificationRow(view.childId().toString(), view.childName(), view.ground().label(),
                DanishDates.dateTime(view.receivedAt()), DanishDates.iso(view.receivedAt()),
                new NotificationDeadlines(view.receivedAt()).deadlines().stream()
                        .filter(deadline -> deadline.kind() == Deadline.Kind.RECEIPT).findFirst()
                        .map(deadline -> DeadlineCell.of(new DeadlineView(deadline.kind(), deadline.due(),
                                view.receiptSentAt(), view.receiptSentAt() == null && deadline.overdueAt(now)), msg))
                        .orElseThrow(),
                view.outcome() != null ? view.outcome().label() : msg.outcome_awaited());
    }
}
