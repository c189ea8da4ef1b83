package dk.rodtraad.concern.notification.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.FormValues;
import dk.rodtraad.chassis.web.DanishDates;
import dk.rodtraad.concern.deadline.NotificationDeadlines;
import dk.rodtraad.concern.notification.MyNotificationView;
import io.quarkus.qute.TemplateData;

/**
 * One of the professional's own notifications, in Danish: what was sent, and what the authority has told them.
 *
 * @param receipt when the receipt was sent, or the day it is due by
 * @param outcome what the authority decided, or that it has not yet
 */
@TemplateData
public record MyNotificationRow(String childId, String childName, String ground, String receivedAt,
        String isoReceivedAt, String receipt, String outcome) {

    static MyNotificationRow of(MyNotificationView view, AppMessages msg) {
        return new MyNotificationRow(view.childId().toString(), view.childName(), view.ground().label(),
                DanishDates.dateTime(view.receivedAt()), DanishDates.iso(view.receivedAt()),
                view.receiptSentAt() != null ? msg.receipt_sent(DanishDates.dateTime(view.receiptSentAt()))
                        : msg.receipt_awaited(DanishDates.date(new NotificationDeadlines(view.receivedAt()).receiptDue())),
                view.outcome() != null ? view.outcome().label() : msg.outcome_awaited());
    }
}
