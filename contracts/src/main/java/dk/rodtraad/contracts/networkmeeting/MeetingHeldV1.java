package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A network meeting was held and recorded ({@code dk.rodtraad.network-meeting.meeting-held.v1}): who was there and
 * who spoke, by role; never what anyone said.
 *
 * @param present          the present participants' roles, one per participant
 * @param perspectives     the roles whose perspectives the record holds, in its order
 * @param childVoiceMethod how the child's own voice was heard ({@code samtale}, {@code tegning},
 *                         {@code smiley-skala}, {@code observation}, {@code andet}), or null when it was not
 * @param sameCoreTeam     whether the professionals present were exactly the course's core team
 */
public record MeetingHeldV1(UUID courseId, UUID childId, UUID meetingId, Instant startsAt, String place,
        List<String> present, List<String> perspectives, String childVoiceMethod, int openQuestionsRaised,
        int openQuestionsAnswered, int agreementsMade, int agreementsFollowedUp, boolean sameCoreTeam,
        Instant recordedAt) {
}
