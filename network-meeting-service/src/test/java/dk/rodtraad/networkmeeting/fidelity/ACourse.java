package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Course facts for the fidelity tests, built up a step at a time: a course at first contact, then what happened. */
final class ACourse {

    static final Instant CONTACT = Instant.parse("2026-10-05T08:00:00Z");

    private final String district;
    private final String unit;
    private Instant contact = CONTACT;
    private FirstMeetingClock.Meeting first;
    private boolean network;
    private final List<MeetingFacts> meetings = new ArrayList<>();
    private final List<AgreementFacts> agreements = new ArrayList<>();

    private ACourse(String district, String unit) {
        this.district = district;
        this.unit = unit;
    }

    static ACourse in(String district, String unit) {
        return new ACourse(district, unit);
    }

    static ACourse any() {
        return in("Nord", "Sundhedsplejen");
    }

    ACourse contactAt(Instant at) {
        contact = at;
        return this;
    }

    /** The first meeting planned that many hours after the contact, not yet held. */
    ACourse plannedAfter(Duration after) {
        first = new FirstMeetingClock.Meeting(contact.plus(after), false, false);
        return this;
    }

    /** The first meeting at a time the family chose, that long after the contact. */
    ACourse familyChoseLater(Duration after) {
        first = new FirstMeetingClock.Meeting(contact.plus(after), false, true);
        return this;
    }

    /**
     * A meeting held at the place, that long after the contact. The first one held is the first meeting (at the
     * family's later time if it chose one).
     */
    ACourse held(Duration after, MeetingPlace place, boolean sameCoreTeam, boolean childsVoice, int others,
            int openQuestions) {
        Instant at = contact.plus(after);
        if (meetings.isEmpty()) {
            first = new FirstMeetingClock.Meeting(at, true, first != null && first.familyChoseLater());
        }
        meetings.add(new MeetingFacts(at, place, sameCoreTeam, childsVoice, others, openQuestions));
        return this;
    }

    /** A meeting held at home with the core team and every voice, that long after the contact. */
    ACourse held(Duration after) {
        return held(after, MeetingPlace.HJEMMET, true, true, 2, 0);
    }

    ACourse network() {
        network = true;
        return this;
    }

    /** An agreement made at the meeting held {@code madeAfter} the contact, followed up at {@code followedUpAfter}. */
    ACourse agreement(Duration madeAfter, Duration followedUpAfter) {
        agreements.add(new AgreementFacts(contact.plus(madeAfter),
                Optional.ofNullable(followedUpAfter).map(contact::plus)));
        return this;
    }

    CourseFacts facts() {
        return new CourseFacts(UUID.randomUUID(), district, unit, contact, Optional.ofNullable(first), network,
                meetings, agreements);
    }

    /** Its measures, judged long after the contact. */
    CourseMeasures measures() {
        return CourseMeasures.of(facts(), contact.plus(Duration.ofDays(100)));
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
