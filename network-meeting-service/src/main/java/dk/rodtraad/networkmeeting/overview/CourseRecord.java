package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.CourseView;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.MeetingView;
import dk.rodtraad.networkmeeting.network.NetworkParticipantView;

import java.util.List;

/**
 * A course in full: its own facts, where it stands against the 24-hour clock, the family's network, its meetings in
 * order with their records, the questions still open and every agreement with its follow-ups.
 */
public record CourseRecord(CourseView course, FirstMeetingClock.State firstMeeting, List<NetworkParticipantView> network,
        List<MeetingView> meetings, List<MeetingView.QuestionView> openQuestions, List<AgreementView> agreements) {
}
