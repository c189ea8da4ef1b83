package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.networkmeeting.MeetingCancelledV1;
import dk.rodtraad.contracts.networkmeeting.MeetingMovedV1;
import dk.rodtraad.contracts.networkmeeting.MeetingScheduledV1;
import dk.rodtraad.networkmeeting.course.CoreTeamMember;
import dk.rodtraad.networkmeeting.course.Course;
import dk.rodtraad.networkmeeting.course.CourseAccess;
import dk.rodtraad.networkmeeting.course.Rows;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Planning a course's meetings (Fleksibilitet og mobilitet): a time and a place the family can make, the core team
 * always invited (Kontinuitet), the network only with consent; moved or cancelled while planned. Each change is
 * audited and published in the same transaction. Recording a held meeting: {@link MeetingRecords}.
 */
@ApplicationScoped
public class Meetings {

    /** Longer than this is no meeting but a mistyped time. */
    static final Duration LONGEST = Duration.ofHours(12);

    private final CourseAccess access;
    private final Parties parties;
    private final CourseMeetings courseMeetings;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;
    private final IdempotentRequests idempotent;

    public Meetings(CourseAccess access, Parties parties, CourseMeetings courseMeetings, SecurityIdentity identity,
            Outbox outbox, AuditLog auditLog, StoredTime time, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.access = access;
        this.parties = parties;
        this.courseMeetings = courseMeetings;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    /**
     * @param key null, or what the client names this request by: sent again (a retry, a form sent twice), it is
     *            answered with the meeting the first planned, not a second invitation to the family
     */
    @WithTransaction
    public Uni<MeetingView> schedule(UUID courseId, ScheduleMeetingRequest request, IdempotencyKey key) {
        return idempotent.once(identity.getPrincipal().getName(), key, List.of(courseId, request),
                () -> scheduleNew(courseId, request), MeetingView::id,
                id -> access.open(courseId, "meeting").call(course -> auditLog.read(course.childId, "meeting",
                        "Netværksmøde vist")).chain(course -> viewOf(course, id)));
    }

    private Uni<MeetingView> scheduleNew(UUID courseId, ScheduleMeetingRequest request) {
        return access.open(courseId, "meeting").chain(course -> {
            var problems = timeProblems(course, request.startsAt(), request.endsAt(), request.familyLaterReason());
            return parties.resolve(course, request.participants(), "participants", problems)
                    .chain(listed -> CoreTeamMember.active(course.id).map(members -> {
                        // The core team first, always invited; then the others as listed.
                        var invited = new ArrayList<Parties.Party>();
                        members.forEach(m -> invited.add(new Parties.Party(MeetingRole.ofDiscipline(m.discipline), m.username, m.discipline, null)));
                        listed.stream().filter(p -> invited.stream().noneMatch(p::samePersonAs)).forEach(invited::add);
                        return invited;
                    }))
                    .chain(invited -> {
                        if (!problems.isEmpty()) {
                            throw new InvalidInputException(problems);
                        }
                        var meeting = new Meeting();
                        meeting.id = UUID.randomUUID();
                        meeting.courseId = course.id;
                        meeting.startsAt = request.startsAt();
                        meeting.endsAt = request.endsAt();
                        meeting.place = request.place();
                        meeting.placeDetail = text(request.placeDetail());
                        meeting.familyLaterReason = text(request.familyLaterReason());
                        meeting.status = MeetingStatus.PLANLAGT;
                        meeting.scheduledBy = identity.getPrincipal().getName();
                        meeting.scheduledAt = time.now();
                        var rows = invited.stream().map(party -> participant(meeting.id, party)).toList();
                        return meeting.persist()
                                .call(() -> Rows.persist(rows))
                                .chain(() -> Meeting.count("courseId = ?1 and status <> ?2 and startsAt < ?3 and id <> ?4",
                                        course.id, MeetingStatus.AFLYST, meeting.startsAt, meeting.id))
                                .call(earlier -> outbox.publish(EventType.MEETING_SCHEDULED_V1, course.childId,
                                        new MeetingScheduledV1(course.id, course.childId, meeting.id, meeting.startsAt,
                                                meeting.endsAt, meeting.place.code(), earlier == 0,
                                                meeting.familyLaterReason != null,
                                                invited.stream().map(p -> p.role().code()).toList(), meeting.scheduledAt)))
                                .call(() -> auditLog.write(course.childId, "meeting", "Netværksmøde planlagt"))
                                .chain(() -> viewOf(course, meeting.id));
                    });
        });
    }

    @WithTransaction
    public Uni<MeetingView> move(UUID courseId, UUID meetingId, MoveMeetingRequest request) {
        return access.open(courseId, "meeting").chain(course -> planned(course, meetingId, request.version())
                .chain(meeting -> {
                    var problems = timeProblems(course, request.startsAt(), request.endsAt(), request.familyLaterReason());
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    var move = new MeetingMove();
                    move.id = UUID.randomUUID();
                    move.meetingId = meeting.id;
                    move.fromStartsAt = meeting.startsAt;
                    move.fromEndsAt = meeting.endsAt;
                    move.fromPlace = meeting.place;
                    move.toStartsAt = request.startsAt();
                    move.toEndsAt = request.endsAt();
                    move.toPlace = request.place();
                    move.reason = request.reason().strip();
                    move.movedBy = identity.getPrincipal().getName();
                    move.movedAt = time.now();
                    meeting.startsAt = request.startsAt();
                    meeting.endsAt = request.endsAt();
                    meeting.place = request.place();
                    meeting.placeDetail = text(request.placeDetail());
                    meeting.familyLaterReason = text(request.familyLaterReason());
                    return move.persist()
                            .call(() -> outbox.publish(EventType.MEETING_MOVED_V1, course.childId, new MeetingMovedV1(
                                    course.id, course.childId, meeting.id, move.fromStartsAt, meeting.startsAt,
                                    meeting.endsAt, meeting.place.code(), meeting.familyLaterReason != null, move.movedAt)))
                            .call(() -> auditLog.write(course.childId, "meeting", "Netværksmøde flyttet"))
                            .chain(() -> viewOf(course, meeting.id));
                }));
    }

    @WithTransaction
    public Uni<MeetingView> cancel(UUID courseId, UUID meetingId, CancelMeetingRequest request) {
        return access.open(courseId, "meeting").chain(course -> planned(course, meetingId, request.version())
                .chain(meeting -> {
                    meeting.status = MeetingStatus.AFLYST;
                    meeting.cancelledBy = identity.getPrincipal().getName();
                    meeting.cancelledAt = time.now();
                    meeting.cancelledReason = request.reason().strip();
                    return outbox.publish(EventType.MEETING_CANCELLED_V1, course.childId, new MeetingCancelledV1(
                                    course.id, course.childId, meeting.id, meeting.startsAt, meeting.cancelledAt))
                            .call(() -> auditLog.write(course.childId, "meeting", "Netværksmøde aflyst"))
                            .chain(() -> viewOf(course, meeting.id));
                }));
    }

    /** The course's meeting, still planned, at the version the professional saw. */
    static Uni<Meeting> planned(Course course, UUID meetingId, long version) {
        return Meeting.<Meeting>findById(meetingId).invoke(meeting -> {
            if (meeting == null || !meeting.courseId.equals(course.id)) {
                throw new NotFound("Mødet findes ikke i forløbet");
            }
            if (meeting.version != version) {
                throw new OptimisticLockException("Meeting " + meetingId + " changed since " + version);
            }
            if (meeting.status != MeetingStatus.PLANLAGT) {
                throw new Conflict("Mødet er " + meeting.status.label().toLowerCase(Locale.ROOT) + " og kan ikke ændres");
            }
        });
    }

    /** What is wrong with a meeting's time against the course's first contact (Hurtig hjælp). */
    private static List<Problem.FieldError> timeProblems(Course course, Instant startsAt, Instant endsAt,
            String familyLaterReason) {
        var problems = new ArrayList<Problem.FieldError>();
        if (!endsAt.isAfter(startsAt)) {
            problems.add(new Problem.FieldError("endsAt", "Mødet skal slutte, efter det begynder"));
        } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            problems.add(new Problem.FieldError("endsAt", "Et møde kan højst vare " + LONGEST.toHours() + " timer"));
        }
        if (startsAt.isBefore(course.firstContactAt)) {
            problems.add(new Problem.FieldError("startsAt", "Mødet kan ikke ligge før den første henvendelse"));
        }
        if (text(familyLaterReason) != null && !FirstMeetingClock.beyond(course.firstContactAt, startsAt)) {
            problems.add(new Problem.FieldError("familyLaterReason",
                    "Angiv kun familiens begrundelse, når mødet ligger mere end 24 timer efter henvendelsen"));
        }
        return problems;
    }

    static MeetingParticipant participant(UUID meetingId, Parties.Party party) {
        var row = new MeetingParticipant();
        row.id = UUID.randomUUID();
        row.meetingId = meetingId;
        row.role = party.role();
        row.username = party.username();
        row.discipline = party.discipline();
        row.networkParticipantId = party.networkParticipantId();
        row.invited = true;
        return row;
    }

    /** Stripped text, or null for none. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The meeting as the course's record shows it, after the change is written. */
    Uni<MeetingView> viewOf(Course course, UUID meetingId) {
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> courseMeetings.of(course.id, course.firstContactAt))
                .map(record -> record.meetings().stream().filter(m -> m.id().equals(meetingId)).findFirst().orElseThrow());
    }
}
