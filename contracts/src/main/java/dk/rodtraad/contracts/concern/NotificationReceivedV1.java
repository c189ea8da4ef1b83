package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An underretning (notification to the authority) as the authority unit receives it
 * ({@code dk.rodtraad.concern.notification-received.v1}). The only payload that carries a CPR number, a name and
 * free text: it travels on {@code Topics.AUTHORITY_NOTIFICATIONS} alone, which only the authority's consumer may read.
 *
 * @param concernId             the concern it was made from, or null when made directly
 * @param ground                the ground of the heightened duty to notify: {@code saerlig-stoette},
 *                              {@code ufoedt-barn}, {@code ulovligt-skolefravaer} or {@code overgreb}
 * @param knownOrSuspected      what the professional knows or suspects, in their own words
 * @param parentsNotInformedWhy why the parents were not told; null when they were
 * @param urgencyAssessmentDue  when the assessment of acute danger is due (24 hours after receipt)
 * @param receiptDue            the last day for the receipt to the notifying professional (6 working days)
 */
public record NotificationReceivedV1(UUID notificationId, Child child, UUID concernId, String ground,
        String knownOrSuspected, boolean parentsInformed, String parentsNotInformedWhy, Notifier notifiedBy,
        Instant receivedAt, Instant urgencyAssessmentDue, LocalDate receiptDue) {

    /** @param id the child's pseudonymous id; @param cpr as "DDMMYY-SSSS" */
    public record Child(UUID id, String cpr, String name) {
    }

    /** The notifying professional: professionals may not notify anonymously. */
    public record Notifier(String username, String profession) {
    }
}
