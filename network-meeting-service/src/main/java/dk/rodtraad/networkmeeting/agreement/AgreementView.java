package dk.rodtraad.networkmeeting.agreement;

import dk.rodtraad.networkmeeting.course.MeetingRole;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement with its follow-ups, oldest first.
 *
 * @param overdue open and past its due date
 */
public record AgreementView(UUID id, UUID madeAtMeetingId, String what, Carrier carrier, LocalDate dueOn,
        UUID interventionId, AgreementStatus status, UUID replaces, boolean overdue, List<FollowUpView> followUps) {

    /** Who carries the agreement: by role, with a professional's username and discipline or the network participant. */
    public record Carrier(MeetingRole role, String username, String discipline, UUID networkParticipantId) {
    }

    public record FollowUpView(UUID agreementId, UUID meetingId, FollowUpOutcome outcome, String why) {

        public static FollowUpView of(FollowUp followUp) {
            return new FollowUpView(followUp.agreementId, followUp.meetingId, followUp.outcome, followUp.why);
        }
    }

    /** @param followUps the agreement's follow-ups, oldest first */
    public static AgreementView of(Agreement agreement, List<FollowUp> followUps, LocalDate today) {
        return new AgreementView(agreement.id, agreement.madeAtMeetingId, agreement.what,
                new Carrier(agreement.carrierRole, agreement.carrierUsername, agreement.carrierDiscipline,
                        agreement.carrierNetworkParticipantId),
                agreement.dueOn, agreement.interventionId, agreement.status, agreement.replacesAgreementId,
                AgreementFollowUp.overdue(agreement, today), followUps.stream().map(FollowUpView::of).toList());
    }
}
