package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.course.FirstMeetingClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the fidelity view needs to know of one course (forløb), and no more: no child, no name, no text anyone wrote.
 * {@link FidelityFacts} reads it from the course's tables; {@link CourseMeasures} measures it.
 *
 * @param courseId             the course, never shown to a leader
 * @param district             the district (distrikt) of the professional who started the course; null when unknown
 * @param unit                 that professional's unit (enhed); null when unknown
 * @param firstContactAt       when the first contact about the child came: the 24-hour clock starts here
 * @param firstMeeting         the course's earliest meeting that is not cancelled, held or planned, as the 24-hour
 *                             clock sees it (when it starts, whether it was held, whether the family chose its time);
 *                             empty while there is none
 * @param networkByFamilysWish whether the family has invited anyone of its network (a network participant recorded
 *                             with the family's consent), even if it withdrew the consent later
 * @param meetings             the course's held meetings, in any order
 * @param agreements           the agreements made at its meetings, in any order
 */
public record CourseFacts(UUID courseId, String district, String unit, Instant firstContactAt,
        Optional<FirstMeetingClock.Meeting> firstMeeting, boolean networkByFamilysWish, List<MeetingFacts> meetings,
        List<AgreementFacts> agreements) {

    public CourseFacts {
        meetings = List.copyOf(meetings);
        agreements = List.copyOf(agreements);
    }
}
