package dk.rodtraad.concern.deadline;

import dk.rodtraad.chassis.time.DanishDates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The deadlines an underretning (a notification to the municipality about a child) sets running under Barnets lov:
 *
 * <ul>
 *   <li>within 24 hours of receipt the municipality must assess whether the child's health or development is in
 *       danger and immediate help is needed;</li>
 *   <li>a professional who notified under the duty to notify must get a receipt (kvittering) within 6 hverdage of
 *       receipt.</li>
 * </ul>
 *
 * <p>Both rules are Barnets lov §§ 136–137, "kommunens behandling af underretninger", as the ministry's guidance
 * groups them (Vejledning nr. 9471 af 21/06/2024, delvejledning 2, kapitel 2); they carry on servicelovens former
 * §§ 155 and 155 b. The subsection of each rule is not cited, as it has moved between versions of the act.
 *
 * <p>Dates are taken in Europe/Copenhagen: the day of receipt is the Danish calendar day the notification arrived.
 */
public record NotificationDeadlines(Instant receivedAt) {

    static final ZoneId COPENHAGEN = DanishDates.MUNICIPALITY;
    private static final Duration URGENCY_ASSESSMENT_WITHIN = Duration.ofHours(24);
    private static final int RECEIPT_WITHIN_WORKING_DAYS = 6;

    public NotificationDeadlines {
        if (receivedAt == null) {
            throw new IllegalArgumentException("receivedAt is required");
        }
    }

    public Instant urgencyAssessmentDue() {
        return receivedAt.plus(URGENCY_ASSESSMENT_WITHIN);
    }

    /** The last day on which the receipt is on time. */
    public LocalDate receiptDue() {
        return WorkingDays.addWorkingDays(receivedAt.atZone(COPENHAGEN).toLocalDate(), RECEIPT_WITHIN_WORKING_DAYS);
    }

    public boolean urgencyOverdue(Instant now) {
        return urgencyAssessment().overdueAt(now);
    }

    public boolean receiptOverdue(LocalDate today) {
        return today.isAfter(receiptDue());
    }

    /**
     * Both deadlines, the urgency assessment first, for lists that mix deadlines of many notifications; see
     * {@link Deadline#MOST_URGENT_FIRST}.
     */
    public List<Deadline> deadlines() {
        return List.of(urgencyAssessment(), receipt());
    }

    private Deadline urgencyAssessment() {
        return new Deadline(Deadline.Kind.URGENCY_ASSESSMENT, urgencyAssessmentDue());
    }

    private Deadline receipt() {
        // The receipt is on time all through its due day, Danish time.
        var endOfDueDay = receiptDue().atTime(LocalTime.MAX).atZone(COPENHAGEN).toInstant();
        return new Deadline(Deadline.Kind.RECEIPT, endOfDueDay);
    }
}
