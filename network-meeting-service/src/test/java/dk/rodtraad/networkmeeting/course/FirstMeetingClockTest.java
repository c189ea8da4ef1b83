package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock.Meeting;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hurtig hjælp: the first meeting within 24 hours of real time, on the municipality's wall clock. */
class FirstMeetingClockTest {

    @Test
    void aContactLateInTheEveningIsDueTheNextEveningAcrossMidnight() {
        Instant contact = copenhagen("2026-12-03T22:30");
        assertEquals(copenhagen("2026-12-04T22:30"), FirstMeetingClock.deadline(contact));

        assertEquals(State.ON_TIME, FirstMeetingClock.state(contact, List.of(planned("2026-12-04T09:00")),
                copenhagen("2026-12-03T23:00")));
        assertEquals(State.ON_TIME, FirstMeetingClock.state(contact, List.of(planned("2026-12-04T22:30")),
                copenhagen("2026-12-03T23:00")), "at the 24th hour exactly is still within");
        assertEquals(State.DUE, FirstMeetingClock.state(contact, List.of(), copenhagen("2026-12-04T22:29")));
        assertEquals(State.OVERDUE, FirstMeetingClock.state(contact, List.of(), copenhagen("2026-12-04T22:31")));
    }

    @Test
    void aWeekendIsNoPauseOfTheClock() {
        Instant friday = copenhagen("2026-12-04T15:00");
        var monday = planned("2026-12-07T09:00");

        assertEquals(State.DUE, FirstMeetingClock.state(friday, List.of(monday), copenhagen("2026-12-05T10:00")),
                "a meeting planned too late is not overdue before the 24 hours have passed");
        assertEquals(State.OVERDUE, FirstMeetingClock.state(friday, List.of(monday), copenhagen("2026-12-05T15:01")));
        assertEquals(State.ON_TIME, FirstMeetingClock.state(friday, List.of(monday, planned("2026-12-05T11:00")),
                copenhagen("2026-12-05T15:01")), "a Saturday meeting within the 24 hours is on time");
    }

    @Test
    void theFamilysLaterTimeWithItsReasonIsNotOverdue() {
        Instant friday = copenhagen("2026-12-04T15:00");
        var mondayByTheFamily = new Meeting(copenhagen("2026-12-07T16:00"), false, true);

        assertEquals(State.FAMILY_CHOSE_LATER, FirstMeetingClock.state(friday, List.of(mondayByTheFamily),
                copenhagen("2026-12-06T12:00")));
        assertFalse(State.FAMILY_CHOSE_LATER.overdue());
        assertEquals(State.FAMILY_CHOSE_LATER, FirstMeetingClock.state(friday,
                List.of(new Meeting(copenhagen("2026-12-07T16:00"), true, true)), copenhagen("2026-12-08T12:00")));
    }

    @Test
    void aFirstMeetingHeldLateWithoutTheFamilysReasonWasLateAndIsNoLongerATask() {
        Instant friday = copenhagen("2026-12-04T15:00");
        var heldMonday = new Meeting(copenhagen("2026-12-07T09:00"), true, false);

        assertEquals(State.LATE, FirstMeetingClock.state(friday, List.of(heldMonday), copenhagen("2026-12-07T11:00")));
        assertFalse(State.LATE.overdue());
        assertTrue(State.OVERDUE.overdue());
    }

    @Test
    void onTheSaturdayBeforeSummerTimeTheWallClockSaysAnHourLater() {
        // Summer time begins on Sunday 28 March 2027 at 02.00, which becomes 03.00: 24 hours after Saturday 10.00 is
        // Sunday 11.00 by the wall clock.
        Instant saturday = copenhagen("2027-03-27T10:00");
        assertEquals(LocalDateTime.parse("2027-03-28T11:00"),
                FirstMeetingClock.deadlineInTheMunicipality(saturday).toLocalDateTime());

        assertEquals(State.ON_TIME, FirstMeetingClock.state(saturday, List.of(planned("2027-03-28T10:30")),
                copenhagen("2027-03-27T12:00")), "23 and a half hours of real time");
        assertEquals(State.ON_TIME, FirstMeetingClock.state(saturday, List.of(planned("2027-03-28T11:00")),
                copenhagen("2027-03-27T12:00")));
        assertEquals(State.OVERDUE, FirstMeetingClock.state(saturday, List.of(planned("2027-03-28T11:15")),
                copenhagen("2027-03-28T11:01")));
    }

    @Test
    void onTheSaturdayBeforeWinterTimeTheWallClockSaysAnHourEarlier() {
        // Summer time ends on Sunday 25 October 2026 at 03.00, which becomes 02.00: 24 hours after Saturday 10.00 is
        // Sunday 09.00 by the wall clock, and a meeting at 09.30 is late.
        Instant saturday = copenhagen("2026-10-24T10:00");
        assertEquals(LocalDateTime.parse("2026-10-25T09:00"),
                FirstMeetingClock.deadlineInTheMunicipality(saturday).toLocalDateTime());

        assertEquals(State.ON_TIME, FirstMeetingClock.state(saturday, List.of(planned("2026-10-25T09:00")),
                copenhagen("2026-10-24T12:00")));
        assertEquals(State.LATE, FirstMeetingClock.state(saturday,
                List.of(new Meeting(copenhagen("2026-10-25T09:30"), true, false)), copenhagen("2026-10-25T12:00")));
        assertTrue(FirstMeetingClock.beyond(saturday, copenhagen("2026-10-25T09:30")));
        assertFalse(FirstMeetingClock.beyond(saturday, copenhagen("2026-10-25T09:00")));
    }

    @Test
    void theFirstMeetingIsTheEarliestWhateverTheOrderGiven() {
        Instant contact = copenhagen("2026-12-01T08:00");
        var late = planned("2026-12-03T08:00");
        var early = new Meeting(copenhagen("2026-12-01T15:00"), true, false);

        assertEquals(State.ON_TIME, FirstMeetingClock.state(contact, List.of(late, early), copenhagen("2026-12-02T09:00")));
    }

    private static Meeting planned(String localTime) {
        return new Meeting(copenhagen(localTime), false, false);
    }

    private static Instant copenhagen(String localTime) {
        return LocalDateTime.parse(localTime).atZone(DanishDates.MUNICIPALITY).toInstant();
    }
}
