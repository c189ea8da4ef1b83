package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.course.FirstMeetingClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fidelity measures of one course: what a group's numbers ({@link GroupMeasures}) are counts, shares and medians
 * of. Definitions in docs/network-meeting.md, "Troskab mod Åben Dialog".
 *
 * @param firstMeeting                where the first meeting stands against the 24 hours (Hurtig hjælp), by the
 *                                    course's own clock
 * @param toFirstMeeting              from the first contact to the first meeting, held or planned; empty while there
 *                                    is none, and when the family chose a later time
 * @param meetingsHeld                how many meetings were held
 * @param withSameCoreTeam            of those, how many with the whole core team named at the start (Kontinuitet)
 * @param outsideTheOffice            of those, how many away from the office (Fleksibilitet og mobilitet)
 * @param withChildsVoiceAndTwoOthers of those, how many whose record holds the child's own voice and at least two
 *                                    other perspectives (Dialogisme)
 * @param openQuestionsCarried        how many open questions the held meetings left for the next (Tolerance for
 *                                    usikkerhed)
 * @param agreementsDue               how many agreements had a next meeting held after the one they were made at
 * @param agreementsFollowedUp        of those, how many were followed up by that next meeting at the latest
 * @param networkByFamilysWish        whether the family invited anyone of its network (Det sociale netværks perspektiv)
 */
public record CourseMeasures(FirstMeetingClock.State firstMeeting, Optional<Duration> toFirstMeeting, int meetingsHeld,
        int withSameCoreTeam, int outsideTheOffice, int withChildsVoiceAndTwoOthers, int openQuestionsCarried,
        int agreementsDue, int agreementsFollowedUp, boolean networkByFamilysWish) {

    /** How many perspectives besides the child's own a record needs for {@link #withChildsVoiceAndTwoOthers}. */
    static final int OTHER_PERSPECTIVES = 2;

    /** @param now the time to judge the 24 hours at */
    public static CourseMeasures of(CourseFacts course, Instant now) {
        List<MeetingFacts> meetings = course.meetings();
        FirstMeetingClock.State timing = FirstMeetingClock.state(course.firstContactAt(),
                course.firstMeeting().stream().toList(), now);
        Optional<Duration> toFirstMeeting = timing == FirstMeetingClock.State.FAMILY_CHOSE_LATER ? Optional.empty()
                : course.firstMeeting().map(first -> Duration.between(course.firstContactAt(), first.startsAt()));
        List<Instant> held = meetings.stream().map(MeetingFacts::heldAt).sorted().toList();
        int due = 0;
        int followedUp = 0;
        for (AgreementFacts agreement : course.agreements()) {
            Optional<Instant> next = held.stream().filter(at -> at.isAfter(agreement.madeAt())).findFirst();
            if (next.isPresent()) {
                due++;
                if (agreement.followedUpAt().filter(at -> !at.isAfter(next.get())).isPresent()) {
                    followedUp++;
                }
            }
        }
        return new CourseMeasures(timing, toFirstMeeting, meetings.size(),
                count(meetings, MeetingFacts::sameCoreTeam),
                count(meetings, meeting -> !meeting.place().atTheOffice()),
                count(meetings, meeting -> meeting.childsOwnVoice() && meeting.otherPerspectives() >= OTHER_PERSPECTIVES),
                meetings.stream().mapToInt(MeetingFacts::openQuestionsCarried).sum(),
                due, followedUp, course.networkByFamilysWish());
    }

    private static int count(List<MeetingFacts> meetings, Predicate<MeetingFacts> which) {
        return (int) meetings.stream().filter(which).count();
    }
}
