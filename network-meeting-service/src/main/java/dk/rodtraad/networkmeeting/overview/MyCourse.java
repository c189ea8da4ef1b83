package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.CourseView;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import dk.rodtraad.networkmeeting.meeting.MeetingStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One of a professional's open courses with what is due next: the first meeting (overdue when the 24 hours passed
 * without one), the next planned meeting, the open agreements by due date.
 *
 * @param firstContactAt  when the family or a colleague first made contact, the course's start
 * @param contactAbout    what the first contact was about, as the professional wrote it: what staff know the course by,
 *                        as this service knows no child's name
 * @param why             why the course is on the list: {@code ansvarlig}, {@code kontaktet}, {@code kerneteam},
 *                        {@code aftale} (carries an open agreement), {@code tovholder}
 * @param nextMeeting     the earliest planned meeting, or null
 * @param openAgreements  the open agreements, earliest due first, the overdue marked
 */
public record MyCourse(UUID courseId, UUID childId, Instant firstContactAt, String contactAbout,
        CourseView.Professional responsible, Set<String> why,
        FirstMeetingClock.State firstMeeting, Instant firstMeetingDue, NextMeeting nextMeeting,
        List<AgreementView> openAgreements) {

    public record NextMeeting(UUID id, Instant startsAt, MeetingPlace place, MeetingStatus status) {
    }

    /** Whether anything of the course is overdue: its first meeting or an agreement. */
    public boolean overdue() {
        return firstMeeting.overdue() || openAgreements.stream().anyMatch(AgreementView::overdue);
    }
}
