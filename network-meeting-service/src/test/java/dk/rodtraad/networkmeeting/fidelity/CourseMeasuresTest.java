package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock.State;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import static dk.rodtraad.networkmeeting.fidelity.ACourse.days;
import static dk.rodtraad.networkmeeting.fidelity.ACourse.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CourseMeasuresTest {

    @Test
    void aFirstMeetingHeldWithin24HoursIsOnTimeWithItsHours() {
        var measures = ACourse.any().held(hours(18)).measures();
        assertEquals(State.ON_TIME, measures.firstMeeting());
        assertEquals(Optional.of(hours(18)), measures.toFirstMeeting());
    }

    @Test
    void aPlannedFirstMeetingCountsAsHeldWouldUntilItIs() {
        var course = ACourse.any().plannedAfter(hours(20)).facts();
        var measures = CourseMeasures.of(course, ACourse.CONTACT.plus(hours(2)));
        assertEquals(State.ON_TIME, measures.firstMeeting());
        assertEquals(Optional.of(hours(20)), measures.toFirstMeeting());
        assertEquals(0, measures.meetingsHeld());
    }

    @Test
    void theHoursAreRealHoursAcrossTheChangeToSummerTime() {
        // Saturday 28 March 2026 at 10.00 in Denmark; summer time begins on the Sunday at 02.00.
        Instant saturday = copenhagen("2026-03-28T10:00");
        var onTime = ACourse.any().contactAt(saturday).held(Duration.between(saturday, copenhagen("2026-03-29T11:00")));
        var late = ACourse.any().contactAt(saturday).held(Duration.between(saturday, copenhagen("2026-03-29T11:01")));
        assertEquals(State.ON_TIME, onTime.measures().firstMeeting());
        assertEquals(Optional.of(hours(24)), onTime.measures().toFirstMeeting());
        assertEquals(State.LATE, late.measures().firstMeeting());
    }

    @Test
    void aCourseWithNoMeetingYetIsDueUntilThe24HoursHavePassedThenOverdueAndHasNoHours() {
        var course = ACourse.any().facts();
        var early = CourseMeasures.of(course, ACourse.CONTACT.plus(hours(23)));
        assertEquals(State.DUE, early.firstMeeting());
        assertEquals(Optional.empty(), early.toFirstMeeting());
        assertEquals(0, early.meetingsHeld());
        assertEquals(0, early.agreementsDue());
        assertEquals(State.OVERDUE, CourseMeasures.of(course, ACourse.CONTACT.plus(hours(25))).firstMeeting());
    }

    @Test
    void aFirstMeetingPlannedTooLateIsOverdueOnceThe24HoursHavePassed() {
        var course = ACourse.any().plannedAfter(hours(30)).facts();
        assertEquals(State.DUE,
                CourseMeasures.of(course, ACourse.CONTACT.plus(hours(1))).firstMeeting());
        assertEquals(State.OVERDUE, CourseMeasures.of(course, ACourse.CONTACT.plus(hours(25))).firstMeeting());
    }

    @Test
    void aLaterTimeTheFamilyChoseIsCountedApartWithoutHours() {
        var measures = ACourse.any().familyChoseLater(days(4)).held(days(4)).measures();
        assertEquals(State.FAMILY_CHOSE_LATER, measures.firstMeeting());
        assertEquals(Optional.empty(), measures.toFirstMeeting());
        assertEquals(1, measures.meetingsHeld());
    }

    @Test
    void aFamilysChoiceThatStillFallsWithinThe24HoursIsOnTime() {
        var measures = ACourse.any().familyChoseLater(hours(22)).measures();
        assertEquals(State.ON_TIME, measures.firstMeeting());
        assertEquals(Optional.of(hours(22)), measures.toFirstMeeting());
    }

    @Test
    void eachHeldMeetingCountsForContinuityPlaceAndVoices() {
        var measures = ACourse.any()
                .held(hours(10), MeetingPlace.HJEMMET, true, true, 2, 1)
                .held(days(14), MeetingPlace.RAADHUS, false, true, 1, 2)
                .held(days(28), MeetingPlace.ONLINE, true, false, 3, 0)
                .held(days(42), MeetingPlace.SKOLE, true, true, 4, 0)
                .measures();
        assertEquals(4, measures.meetingsHeld());
        assertEquals(3, measures.withSameCoreTeam());
        assertEquals(3, measures.outsideTheOffice(), "only the town hall is the office");
        assertEquals(2, measures.withChildsVoiceAndTwoOthers(),
                "the child's voice with one other, or three others without the child, is not enough");
        assertEquals(3, measures.openQuestionsCarried());
    }

    @Test
    void anAgreementIsDueAtTheNextHeldMeetingAndFollowedUpOnlyIfItWasThereOrEarlier() {
        var measures = ACourse.any().held(hours(10)).held(days(14)).held(days(28))
                .agreement(hours(10), days(14))   // followed up at the next meeting
                .agreement(hours(10), days(28))   // only at the one after
                .agreement(days(14), null)        // the next meeting came, no follow-up
                .agreement(days(28), null)        // made at the last meeting held: not due yet
                .measures();
        assertEquals(3, measures.agreementsDue());
        assertEquals(1, measures.agreementsFollowedUp());
    }

    @Test
    void theNetworkIsTheFamilysWishOrNot() {
        assertEquals(true, ACourse.any().network().held(hours(3)).measures().networkByFamilysWish());
        assertEquals(false, ACourse.any().held(hours(3)).measures().networkByFamilysWish());
    }

    private static Instant copenhagen(String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(DanishDates.MUNICIPALITY).toInstant();
    }
}
