package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.meeting.MeetingPlace;

import java.time.Instant;

/**
 * One held meeting of a course, as the fidelity view counts it.
 *
 * @param heldAt               when it started
 * @param sameCoreTeam         whether exactly the core team took part (Kontinuitet): the core team as it stood when
 *                             the meeting was recorded, no one of it missing and no other professional instead — the
 *                             course's own comparison ({@code CourseMeetings.sameCoreTeam})
 * @param childsOwnVoice       whether the record holds the child's or young person's own voice: heard with an
 *                             age-adapted method, or a perspective in the child's own role
 * @param otherPerspectives    how many perspectives the record holds besides the child's own (parents, network,
 *                             professionals)
 * @param openQuestionsCarried how many open questions the meeting left for the next (Tolerance for usikkerhed)
 */
public record MeetingFacts(Instant heldAt, MeetingPlace place, boolean sameCoreTeam, boolean childsOwnVoice,
        int otherPerspectives, int openQuestionsCarried) {
}
