package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.aggregate.Share;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dk.rodtraad.networkmeeting.fidelity.ACourse.days;
import static dk.rodtraad.networkmeeting.fidelity.ACourse.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupMeasuresTest {

    @Test
    void theMedianIsTheMiddleCourseOrTheMeanOfTheTwoInTheMiddle() {
        var odd = GroupMeasures.of(List.of(ACourse.any().held(hours(30)).measures(),
                ACourse.any().held(hours(2)).measures(), ACourse.any().held(hours(10)).measures()));
        assertEquals(Optional.of(hours(10)), odd.medianToFirstMeeting());
        var even = GroupMeasures.of(List.of(ACourse.any().held(hours(30)).measures(),
                ACourse.any().held(hours(2)).measures(), ACourse.any().held(hours(10)).measures(),
                ACourse.any().held(hours(13)).measures()));
        assertEquals(Optional.of(hours(11).plusMinutes(30)), even.medianToFirstMeeting());
    }

    @Test
    void theShareWithin24HoursCountsOnlyCoursesWhereItIsKnownAndTheFamilysChoiceApart() {
        var group = GroupMeasures.of(List.of(
                ACourse.any().held(hours(5)).measures(),
                ACourse.any().held(hours(40)).measures(),
                ACourse.any().measures(),                              // no meeting, 24 hours long past: late
                ACourse.any().familyChoseLater(days(3)).held(days(3)).measures(),
                CourseMeasures.of(ACourse.any().facts(), ACourse.CONTACT.plus(hours(1)))));  // not yet known
        assertEquals(5, group.courses());
        assertEquals(new Share(1, 3), group.firstMeetingWithin24Hours());
        assertEquals(1, group.familyChoseLater());
        assertEquals(Optional.of(hours(22).plusMinutes(30)), group.medianToFirstMeeting(),
                "of the two with a meeting not at the family's later time");
    }

    @Test
    void meetingSharesAreOfAllHeldMeetingsNetworkOfCoursesWithOneAndFollowUpOfAgreementsDue() {
        var group = GroupMeasures.of(List.of(
                ACourse.any().network().held(hours(5), MeetingPlace.RAADHUS, true, true, 2, 2)
                        .held(days(7), MeetingPlace.HJEMMET, false, false, 2, 1)
                        .agreement(hours(5), days(7)).measures(),
                ACourse.any().held(hours(8), MeetingPlace.KLUB, true, true, 3, 0)
                        .agreement(hours(8), null).measures(),
                ACourse.any().network().measures()));                  // no meeting yet: not in the network share
        assertEquals(3, group.meetingsHeld());
        assertEquals(new Share(2, 3), group.sameCoreTeam());
        assertEquals(new Share(2, 3), group.outsideTheOffice());
        assertEquals(new Share(2, 3), group.childsVoiceAndTwoOthers());
        assertEquals(new Share(1, 2), group.networkByFamilysWish());
        assertEquals(new Share(1, 1), group.agreementsFollowedUp(), "the agreement made at the last meeting is not due");
        assertEquals(3, group.openQuestionsCarried());
        assertEquals(Optional.of(1.0), group.openQuestionsPerMeeting());
    }

    @Test
    void coursesWithoutMeetingsGiveSharesOfNothingRatherThanZero() {
        var group = GroupMeasures.of(List.of(CourseMeasures.of(ACourse.any().facts(), ACourse.CONTACT)));
        assertEquals(Optional.empty(), group.sameCoreTeam().fraction());
        assertEquals(Optional.empty(), group.networkByFamilysWish().fraction());
        assertEquals(Optional.empty(), group.agreementsFollowedUp().fraction());
        assertEquals(Optional.empty(), group.medianToFirstMeeting());
        assertEquals(Optional.empty(), group.openQuestionsPerMeeting());
        assertEquals(Optional.empty(), group.firstMeetingWithin24Hours().fraction());
    }
}
