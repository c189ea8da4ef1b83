package dk.rodtraad.networkmeeting.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Systematic follow-up: which outcomes close an agreement, which need a why, and which agreements are overdue. */
class AgreementFollowUpTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Test
    void doneChangedAndDroppedCloseAnAgreementPartlyAndNotDoneKeepItOpen() {
        assertEquals(AgreementStatus.GENNEMFOERT, AgreementFollowUp.statusAfter(FollowUpOutcome.GENNEMFOERT));
        assertEquals(AgreementStatus.AENDRET, AgreementFollowUp.statusAfter(FollowUpOutcome.AENDRET));
        assertEquals(AgreementStatus.DROPPET, AgreementFollowUp.statusAfter(FollowUpOutcome.DROPPET));
        assertEquals(AgreementStatus.AABEN, AgreementFollowUp.statusAfter(FollowUpOutcome.DELVIST));
        assertEquals(AgreementStatus.AABEN, AgreementFollowUp.statusAfter(FollowUpOutcome.IKKE_GENNEMFOERT));
    }

    @Test
    void everyOutcomeButDoneSaysWhy() {
        assertFalse(AgreementFollowUp.needsWhy(FollowUpOutcome.GENNEMFOERT));
        for (var outcome : new FollowUpOutcome[] {FollowUpOutcome.DELVIST, FollowUpOutcome.IKKE_GENNEMFOERT,
                FollowUpOutcome.AENDRET, FollowUpOutcome.DROPPET}) {
            assertTrue(AgreementFollowUp.needsWhy(outcome), outcome.code());
        }
    }

    @Test
    void onlyAnOpenAgreementOfTheCourseIsFollowedUp() {
        var agreement = due(LocalDate.of(2026, 12, 19));
        assertEquals(Optional.empty(), AgreementFollowUp.refusal(agreement, COURSE));
        assertEquals(Optional.of("Aftalen hører ikke til forløbet"), AgreementFollowUp.refusal(agreement, UUID.randomUUID()));
        assertEquals(Optional.of("Aftalen hører ikke til forløbet"), AgreementFollowUp.refusal(null, COURSE));
        agreement.status = AgreementStatus.GENNEMFOERT;
        assertEquals(Optional.of("Aftalen er allerede afsluttet"), AgreementFollowUp.refusal(agreement, COURSE));
    }

    @Test
    void anOpenAgreementPastItsDueDateIsOverdueAClosedOneNever() {
        var agreement = due(LocalDate.of(2026, 12, 19));
        assertFalse(AgreementFollowUp.overdue(agreement, LocalDate.of(2026, 12, 19)), "due today is not overdue yet");
        assertTrue(AgreementFollowUp.overdue(agreement, LocalDate.of(2026, 12, 20)));
        agreement.status = AgreementStatus.DROPPET;
        assertFalse(AgreementFollowUp.overdue(agreement, LocalDate.of(2027, 1, 20)));
    }

    private static Agreement due(LocalDate dueOn) {
        var agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.courseId = COURSE;
        agreement.dueOn = dueOn;
        agreement.status = AgreementStatus.AABEN;
        return agreement;
    }
}
