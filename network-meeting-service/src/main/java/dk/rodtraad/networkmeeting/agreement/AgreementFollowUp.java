package dk.rodtraad.networkmeeting.agreement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Systematisk opfølgning, the agreements' rule: every agreement is followed up at a later meeting of its course until
 * it is closed.
 * <ul>
 *   <li>Done (gennemført) closes it; changed (ændret) closes it, and a new agreement made at the same meeting replaces
 *       it; dropped (droppet) closes it. Partly (delvist) and not done (ikke gennemført) leave it open, to be followed
 *       up again at the next meeting.</li>
 *   <li>Every outcome but done says why, in a word.</li>
 *   <li>An open agreement past its due date is overdue, listed for whoever carries it and for the tovholder.</li>
 * </ul>
 */
public final class AgreementFollowUp {

    private AgreementFollowUp() {
    }

    /** Where an agreement stands after a follow-up with this outcome. */
    public static AgreementStatus statusAfter(FollowUpOutcome outcome) {
        return switch (outcome) {
            case GENNEMFOERT -> AgreementStatus.GENNEMFOERT;
            case DELVIST, IKKE_GENNEMFOERT -> AgreementStatus.AABEN;
            case AENDRET -> AgreementStatus.AENDRET;
            case DROPPET -> AgreementStatus.DROPPET;
        };
    }

    /** Whether the outcome needs a word on why: all but done. */
    public static boolean needsWhy(FollowUpOutcome outcome) {
        return outcome != FollowUpOutcome.GENNEMFOERT;
    }

    /** Why a meeting of the course cannot follow the agreement up, in Danish; empty when it can. */
    public static Optional<String> refusal(Agreement agreement, UUID courseId) {
        if (agreement == null || !agreement.courseId.equals(courseId)) {
            return Optional.of("Aftalen hører ikke til forløbet");
        }
        if (agreement.status != AgreementStatus.AABEN) {
            return Optional.of("Aftalen er allerede afsluttet");
        }
        return Optional.empty();
    }

    /** Open and past its due date, as the municipality's today says. */
    public static boolean overdue(Agreement agreement, LocalDate today) {
        return agreement.status == AgreementStatus.AABEN && agreement.dueOn.isBefore(today);
    }
}
