package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.networkmeeting.agreement.Agreement;
import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.agreement.FollowUp;
import dk.rodtraad.networkmeeting.course.CoreTeamContinuity;
import dk.rodtraad.networkmeeting.course.CoreTeamMember;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A course's meetings with their records, read at once (a few queries per course, not per meeting): what the
 * course's page, the API and the first-meeting clock read. Call in a session; auditing the read is the caller's.
 */
@ApplicationScoped
public class CourseMeetings {

    /**
     * @param meetings        every meeting, earliest first
     * @param openQuestions   the questions carried to the next meeting, oldest first ({@link OpenQuestions})
     * @param agreements      every agreement, in the order made, with its follow-ups
     * @param clock           where the course stands against the 24-hour first-meeting clock
     */
    public record Record(List<MeetingView> meetings, List<MeetingView.QuestionView> openQuestions,
            List<AgreementView> agreements, FirstMeetingClock.State clock) {
    }

    /** The invited before those who came uninvited; the family, the child, the network, then the professionals. */
    private static final Comparator<MeetingParticipant> PARTICIPANTS = Comparator
            .comparing((MeetingParticipant p) -> !p.invited)
            .thenComparing(p -> p.role.ordinal())
            .thenComparing(p -> p.username == null ? "" : p.username)
            .thenComparing(p -> p.id);

    private final Clock clock;

    public CourseMeetings(Clock clock) {
        this.clock = clock;
    }

    public Uni<Record> of(UUID courseId, Instant firstContactAt) {
        LocalDate today = DanishDates.today(clock);
        Instant now = clock.instant();
        var rows = new Rows();
        // One after the other: a reactive session runs one query at a time.
        return Meeting.<Meeting>list("courseId = ?1 order by startsAt, id", courseId)
                .invoke(found -> rows.meetings = found)
                .chain(() -> byMeeting(rows, ids -> MeetingParticipant.<MeetingParticipant>list(
                        "meetingId in ?1", ids))).invoke(found -> rows.participants = found)
                .chain(() -> byMeeting(rows, ids -> MeetingMove.<MeetingMove>list("meetingId in ?1 order by movedAt", ids)))
                .invoke(found -> rows.moves = found)
                .chain(() -> byMeeting(rows, ids -> Perspective.<Perspective>list("meetingId in ?1 order by position", ids)))
                .invoke(found -> rows.perspectives = found)
                .chain(() -> byMeeting(rows, ids -> ChildVoice.<ChildVoice>list("meetingId in ?1", ids)))
                .invoke(found -> rows.voices = found)
                .chain(() -> byMeeting(rows, ids -> FollowUp.<FollowUp>list("meetingId in ?1", ids)))
                .invoke(found -> rows.followUps = found)
                .chain(() -> OpenQuestion.<OpenQuestion>list("courseId = ?1", courseId)).invoke(found -> rows.questions = found)
                .chain(() -> Agreement.<Agreement>list("courseId = ?1", courseId)).invoke(found -> rows.agreements = found)
                .chain(() -> CoreTeamMember.of(courseId)).invoke(found -> rows.members = found)
                .map(ignored -> assemble(rows, today, now, firstContactAt));
    }

    /** The course's rows as read. */
    private static final class Rows {
        List<Meeting> meetings;
        List<MeetingParticipant> participants;
        List<MeetingMove> moves;
        List<Perspective> perspectives;
        List<ChildVoice> voices;
        List<FollowUp> followUps;
        List<OpenQuestion> questions;
        List<Agreement> agreements;
        List<CoreTeamMember> members;
    }

    /** Rows of the meetings, or none without a meeting (an empty {@code in} list is no query). */
    private static <T> Uni<List<T>> byMeeting(Rows rows, Function<List<UUID>, Uni<List<T>>> query) {
        List<UUID> ids = rows.meetings.stream().map(m -> m.id).toList();
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : query.apply(ids);
    }

    private static Record assemble(Rows rows, LocalDate today, Instant now, Instant firstContactAt) {
        var meetings = rows.meetings;
        Map<UUID, Integer> order = meetings.stream().collect(Collectors.toMap(m -> m.id, meetings::indexOf));
        Comparator<UUID> byMeeting = Comparator.comparing(order::get);
        var questionsInOrder = rows.questions.stream()
                .sorted(Comparator.comparing((OpenQuestion q) -> q.raisedAtMeetingId, byMeeting).thenComparing(q -> q.position))
                .toList();
        var agreementViews = rows.agreements.stream()
                .sorted(Comparator.comparing((Agreement a) -> a.madeAtMeetingId, byMeeting).thenComparing(a -> a.position))
                .map(a -> AgreementView.of(a, rows.followUps.stream().filter(f -> f.agreementId.equals(a.id))
                        .sorted(Comparator.comparing(f -> f.meetingId, byMeeting)).toList(), today))
                .toList();

        // A meeting's follow-ups in the order of the agreements they follow up.
        Map<UUID, Integer> agreementOrder = new HashMap<>();
        agreementViews.forEach(a -> agreementOrder.put(a.id(), agreementOrder.size()));
        var views = meetings.stream().map(meeting -> new MeetingView(meeting.id, meeting.version, meeting.courseId,
                meeting.startsAt, meeting.endsAt, meeting.place, meeting.placeDetail, meeting.familyLaterReason,
                meeting.status, meeting.recordedAt, meeting.recordedBy, meeting.cancelledReason,
                meeting.status == MeetingStatus.AFHOLDT ? sameCoreTeam(meeting, rows.participants, rows.members) : null,
                of(rows.participants, p -> p.meetingId, meeting).sorted(PARTICIPANTS)
                        .map(MeetingView.ParticipantView::of).toList(),
                of(rows.moves, m -> m.meetingId, meeting).map(MeetingView.MoveView::of).toList(),
                of(rows.perspectives, p -> p.meetingId, meeting)
                        .map(p -> new MeetingView.PerspectiveView(p.role, p.words)).toList(),
                of(rows.voices, v -> v.meetingId, meeting)
                        .map(v -> new MeetingView.ChildVoiceView(v.method, v.words)).findFirst().orElse(null),
                questionsInOrder.stream().filter(q -> q.raisedAtMeetingId.equals(meeting.id))
                        .map(MeetingView.QuestionView::of).toList(),
                questionsInOrder.stream().filter(q -> meeting.id.equals(q.answeredAtMeetingId))
                        .map(MeetingView.QuestionView::of).toList(),
                agreementViews.stream().filter(a -> a.madeAtMeetingId().equals(meeting.id)).toList(),
                of(rows.followUps, f -> f.meetingId, meeting).sorted(Comparator.comparing(f -> agreementOrder.get(f.agreementId)))
                        .map(AgreementView.FollowUpView::of).toList()))
                .toList();

        var clockMeetings = meetings.stream().filter(m -> m.status != MeetingStatus.AFLYST)
                .map(m -> new FirstMeetingClock.Meeting(m.startsAt, m.status == MeetingStatus.AFHOLDT,
                        m.familyLaterReason != null))
                .toList();
        return new Record(views, OpenQuestions.carried(questionsInOrder).stream().map(MeetingView.QuestionView::of).toList(),
                agreementViews, FirstMeetingClock.state(firstContactAt, clockMeetings, now));
    }

    /** The professionals present compared with the core team as it stood when the meeting was recorded. */
    static boolean sameCoreTeam(Meeting meeting, List<MeetingParticipant> participants, List<CoreTeamMember> members) {
        Set<String> coreTeam = members.stream()
                .filter(m -> !m.joinedAt.isAfter(meeting.recordedAt) && (m.leftAt == null || m.leftAt.isAfter(meeting.recordedAt)))
                .map(m -> m.username).collect(Collectors.toSet());
        Set<String> present = participants.stream()
                .filter(p -> p.meetingId.equals(meeting.id) && Boolean.TRUE.equals(p.present) && p.username != null)
                .map(p -> p.username).collect(Collectors.toSet());
        return CoreTeamContinuity.compare(coreTeam, present).same();
    }

    private static <T> Stream<T> of(List<T> rows, Function<T, UUID> meetingOf, Meeting meeting) {
        return rows.stream().filter(row -> Objects.equals(meetingOf.apply(row), meeting.id));
    }
}
