package dk.rodtraad.concern.notification.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.authority.AuthorityNotificationView.DeadlineView;
import dk.rodtraad.concern.deadline.Deadline;
import io.quarkus.qute.TemplateData;

/**
 * One statutory deadline of a notification in Danish: when it falls due and whether it was met or is overdue.
 *
 * @param due    a moment for the 24-hour assessment, a day for the receipt (on time all through that day)
 * @param status the state in words, so overdue never shows by colour alone
 */
@TemplateData
public record DeadlineCell(String due, String isoDue, boolean overdue, String status) {

    static DeadlineCell of(DeadlineView deadline, AppMessages msg) {
        var day = DanishDates.day(deadline.due());
        boolean byDay = deadline.kind() == Deadline.Kind.RECEIPT;
        String met = deadline.metAt() == null ? null : DanishDates.dateTime(deadline.metAt());
        String status = met != null ? msg.deadline_met(met)
                : deadline.overdue() ? msg.deadline_overdue() : msg.deadline_open();
        return new DeadlineCell(byDay ? DanishDates.date(day) : DanishDates.dateTime(deadline.due()),
                byDay ? day.toString() : DanishDates.iso(deadline.due()), deadline.overdue(), status);
    }
}
