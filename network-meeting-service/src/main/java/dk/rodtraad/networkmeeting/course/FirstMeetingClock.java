package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.chassis.time.DanishDates;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hurtig hjælp, the 24-hour first-meeting clock: the first meeting of a course is to take place within 24 hours of the
 * first contact. 24 hours of real time — across midnight, a weekend and the change to or from summer time alike, so a
 * contact at 10.00 on the Saturday before summer time begins is due at 11.00 on the Sunday by the clock on the wall.
 * <ul>
 *   <li>A course is on time ({@link State#ON_TIME}) when its first meeting — the earliest that is not cancelled,
 *       planned or held — starts at most 24 hours after the first contact.</li>
 *   <li>When the family chose a later time and its reason is recorded, it is not overdue
 *       ({@link State#FAMILY_CHOSE_LATER}).</li>
 *   <li>Without a meeting, it is due ({@link State#DUE}) until the 24 hours have passed, then overdue
 *       ({@link State#OVERDUE}); so is a first meeting planned later without the family's reason, once the 24 hours
 *       have passed and until it is held. Held late without the family's reason, it was late ({@link State#LATE}):
 *       history, no longer a task.</li>
 * </ul>
 * Overdue courses are shown to whoever was contacted and to the tovholder.
 */
public final class FirstMeetingClock {

    /** The time from the first contact within which the first meeting is to take place. */
    public static final Duration WITHIN = Duration.ofHours(24);

    /** Where a course stands against the clock. */
    public enum State implements Coded {
        /** No meeting yet, and the 24 hours have not passed. */
        DUE,
        /** The first meeting starts within the 24 hours (planned or held). */
        ON_TIME,
        /** The first meeting starts later, at a time the family chose, with its reason recorded. */
        FAMILY_CHOSE_LATER,
        /** The 24 hours have passed without a meeting on time, and none has been held yet. */
        OVERDUE,
        /** The first meeting was held later than 24 hours after the contact, and not by the family's choice. */
        LATE;

        /** Whether it is a task now: to hold or plan the first meeting. */
        public boolean overdue() {
            return this == OVERDUE;
        }
    }

    /**
     * A meeting of the course as the clock sees it.
     *
     * @param held                whether it has been held (else it is planned; cancelled meetings are left out)
     * @param familyChoseLater    whether the family chose its time and the reason is recorded
     */
    public record Meeting(Instant startsAt, boolean held, boolean familyChoseLater) {
    }

    private FirstMeetingClock() {
    }

    /** The moment the first meeting is due: 24 hours of real time after the first contact. */
    public static Instant deadline(Instant firstContactAt) {
        return firstContactAt.plus(WITHIN);
    }

    /** {@link #deadline} on the municipality's wall clock (Europe/Copenhagen). */
    public static ZonedDateTime deadlineInTheMunicipality(Instant firstContactAt) {
        return deadline(firstContactAt).atZone(DanishDates.MUNICIPALITY);
    }

    /**
     * @param meetings the course's meetings that are not cancelled, in any order
     * @param now      the time to judge at, from the services' one clock
     */
    public static State state(Instant firstContactAt, List<Meeting> meetings, Instant now) {
        Instant deadline = deadline(firstContactAt);
        Optional<Meeting> first = meetings.stream().min(Comparator.comparing(Meeting::startsAt));
        if (first.isEmpty()) {
            return now.isAfter(deadline) ? State.OVERDUE : State.DUE;
        }
        Meeting meeting = first.get();
        if (!meeting.startsAt().isAfter(deadline)) {
            return State.ON_TIME;
        }
        if (meeting.familyChoseLater()) {
            return State.FAMILY_CHOSE_LATER;
        }
        if (meeting.held()) {
            return State.LATE;
        }
        return now.isAfter(deadline) ? State.OVERDUE : State.DUE;
    }

    /** Whether a meeting starting then lies beyond the 24 hours: then a family's choice needs its reason. */
    public static boolean beyond(Instant firstContactAt, Instant startsAt) {
        return startsAt.isAfter(deadline(firstContactAt));
    }
}
