package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.aggregate.Share;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fidelity measures of a group of courses: the municipality, a district or a unit. Definitions in
 * docs/network-meeting.md, "Troskab mod Åben Dialog".
 *
 * @param courses                     how many courses the group has
 * @param medianToFirstMeeting        the median time from first contact to first meeting, of the courses that have one
 *                                    (held or planned) not at the family's later time
 * @param firstMeetingWithin24Hours   courses whose first meeting came within 24 hours ({@code ON_TIME}), of those
 *                                    where it is known (on time, late or overdue; not those still due)
 * @param familyChoseLater            courses whose family chose a later time: in neither of the two above
 * @param sameCoreTeam                held meetings with the whole core team named at the start
 * @param networkByFamilysWish        courses with anyone of the family's network invited, of those with a meeting held
 * @param outsideTheOffice            held meetings away from the office
 * @param childsVoiceAndTwoOthers     held meetings whose record holds the child's own voice and two other perspectives
 * @param agreementsFollowedUp        agreements followed up by the next meeting, of those that have had one
 * @param meetingsHeld                how many meetings were held
 * @param openQuestionsCarried        how many open questions the held meetings left for the next
 */
public record GroupMeasures(int courses, Optional<Duration> medianToFirstMeeting, Share firstMeetingWithin24Hours,
        int familyChoseLater, Share sameCoreTeam, Share networkByFamilysWish, Share outsideTheOffice,
        Share childsVoiceAndTwoOthers, Share agreementsFollowedUp, int meetingsHeld, int openQuestionsCarried) {

    public static GroupMeasures of(List<CourseMeasures> courses) {
        var within = new Share(0, 0);
        var network = new Share(0, 0);
        var sameCoreTeam = new Share(0, 0);
        var outside = new Share(0, 0);
        var voices = new Share(0, 0);
        var followedUp = new Share(0, 0);
        int familyChoseLater = 0;
        int openQuestions = 0;
        for (CourseMeasures course : courses) {
            switch (course.firstMeeting()) {
                case ON_TIME -> within = within.plus(new Share(1, 1));
                case LATE, OVERDUE -> within = within.plus(new Share(0, 1));
                case FAMILY_CHOSE_LATER -> familyChoseLater++;
                case DUE -> { }
            }
            if (course.meetingsHeld() > 0) {
                network = network.plus(new Share(course.networkByFamilysWish() ? 1 : 0, 1));
            }
            sameCoreTeam = sameCoreTeam.plus(new Share(course.withSameCoreTeam(), course.meetingsHeld()));
            outside = outside.plus(new Share(course.outsideTheOffice(), course.meetingsHeld()));
            voices = voices.plus(new Share(course.withChildsVoiceAndTwoOthers(), course.meetingsHeld()));
            followedUp = followedUp.plus(new Share(course.agreementsFollowedUp(), course.agreementsDue()));
            openQuestions += course.openQuestionsCarried();
        }
        return new GroupMeasures(courses.size(), median(courses.stream()
                .flatMap(course -> course.toFirstMeeting().stream()).sorted().toList()), within, familyChoseLater,
                sameCoreTeam, network, outside, voices, followedUp, sameCoreTeam.of(), openQuestions);
    }

    /** Open questions left for the next meeting, per held meeting; empty before any meeting is held. */
    public Optional<Double> openQuestionsPerMeeting() {
        return meetingsHeld == 0 ? Optional.empty() : Optional.of((double) openQuestionsCarried / meetingsHeld);
    }

    /** The middle one; of an even number the mean of the two in the middle. */
    private static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
