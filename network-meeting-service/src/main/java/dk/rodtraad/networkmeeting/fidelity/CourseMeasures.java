package dk.rodtraad.networkmeeting.fidelity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fidelity measures of one course: what a group's numbers ({@link GroupMeasures}) are counts, shares and medians
 * of. Definitions in docs/network-meeting.md, "Troskab mod Åben Dialog".
 *
 * @param firstMeeting                where the first meeting stands against the 24 hours (Hurtig hjælp)
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
public record CourseMeasures(FirstMeetingTiming firstMeeting, Optional<Duration> toFirstMeeting, int meetingsHeld,
        int withSameCoreTeam, int outsideTheOffice, int withChildsVoiceAndTwoOthers, int openQuestionsCarried,
        int agreementsDue, int agreementsFollowedUp, boolean networkByFamilysWish) {

    /** The first meeting is to take place within 24 hours of the first contact, in real time. */
    public static final Duration FIRST_MEETING_WITHIN = Duration.ofHours(24);
    /** How many perspectives besides the child's own a record needs for {@link #withChildsVoiceAndTwoOthers}. */
    static final int OTHER_PERSPECTIVES = 2;

    /** Where a course's first meeting stands against the 24 hours, for the share within them. */
    public enum FirstMeetingTiming {
        /** Held or planned at most 24 hours after the first contact. */
        WITHIN_24_HOURS,
        /** Held or planned later without the family's choice, or none at all, and the 24 hours have passed. */
        LATE,
        /** Later, at a time the family chose with its reason recorded: counted apart, neither on time nor late. */
        FAMILY_CHOSE_LATER,
        /** The 24 hours have not passed and no meeting within them is planned yet. */
        NOT_YET_KNOWN
    }

    /** @param now the time to judge the 24 hours at */
    public static CourseMeasures of(CourseFacts course, Instant now) {
        List<MeetingFacts> meetings = course.meetings();
        FirstMeetingTiming timing = timing(course, now);
        Optional<Duration> toFirstMeeting = timing == FirstMeetingTiming.FAMILY_CHOSE_LATER ? Optional.empty()
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

    private static FirstMeetingTiming timing(CourseFacts course, Instant now) {
        Instant deadline = course.firstContactAt().plus(FIRST_MEETING_WITHIN);
        if (course.firstMeeting().isEmpty()) {
            return now.isAfter(deadline) ? FirstMeetingTiming.LATE : FirstMeetingTiming.NOT_YET_KNOWN;
        }
        CourseFacts.FirstMeeting first = course.firstMeeting().get();
        if (!first.startsAt().isAfter(deadline)) {
            return FirstMeetingTiming.WITHIN_24_HOURS;
        }
        if (first.familyChoseLater()) {
            return FirstMeetingTiming.FAMILY_CHOSE_LATER;
        }
        return first.held() || now.isAfter(deadline) ? FirstMeetingTiming.LATE : FirstMeetingTiming.NOT_YET_KNOWN;
    }

    private static int count(List<MeetingFacts> meetings, Predicate<MeetingFacts> which) {
        return (int) meetings.stream().filter(which).count();
    }
}
