package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.MeetingRole;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting with its record: who was invited and who came, how it moved, each perspective in its own words, the
 * child's voice, the questions it raised and answered, the agreements it made and those it followed up. Give
 * {@code version} back with a change.
 *
 * @param sameCoreTeam for a held meeting, whether exactly the core team took part (null until held)
 */
public record MeetingView(UUID id, long version, UUID courseId, Instant startsAt, Instant endsAt, MeetingPlace place,
        String placeDetail, String familyLaterReason, MeetingStatus status, Instant recordedAt, String recordedBy,
        String cancelledReason, Boolean sameCoreTeam, List<ParticipantView> participants, List<MoveView> moves,
        List<PerspectiveView> perspectives, ChildVoiceView childVoice, List<QuestionView> questionsRaised,
        List<QuestionView> questionsAnswered, List<AgreementView> agreementsMade,
        List<AgreementView.FollowUpView> followUps) {

    public record ParticipantView(UUID id, MeetingRole role, String username, String discipline,
            UUID networkParticipantId, boolean invited, Boolean present) {

        static ParticipantView of(MeetingParticipant participant) {
            return new ParticipantView(participant.id, participant.role, participant.username, participant.discipline,
                    participant.networkParticipantId, participant.invited, participant.present);
        }
    }

    public record MoveView(Instant fromStartsAt, MeetingPlace fromPlace, Instant toStartsAt, MeetingPlace toPlace,
            String reason, String movedBy, Instant movedAt) {

        static MoveView of(MeetingMove move) {
            return new MoveView(move.fromStartsAt, move.fromPlace, move.toStartsAt, move.toPlace, move.reason,
                    move.movedBy, move.movedAt);
        }
    }

    public record PerspectiveView(MeetingRole role, String words) {
    }

    public record ChildVoiceView(ChildVoiceMethod method, String words) {
    }

    /** @param answer null while the question is open */
    public record QuestionView(UUID id, UUID raisedAtMeetingId, String question, UUID answeredAtMeetingId,
            String answer) {

        public static QuestionView of(OpenQuestion question) {
            return new QuestionView(question.id, question.raisedAtMeetingId, question.question,
                    question.answeredAtMeetingId, question.answer);
        }
    }
}
