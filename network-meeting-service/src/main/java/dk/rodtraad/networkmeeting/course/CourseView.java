package dk.rodtraad.networkmeeting.course;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course as its own facts tell it: the first contact, who carries the responsibility, the core team with its
 * history. Give {@code version} back with a change.
 *
 * @param firstMeetingDue when the first meeting is due: 24 hours after the first contact ({@link FirstMeetingClock})
 * @param coreTeam        every member the core team has had, the present ones without {@code leftAt}, first joined first
 */
public record CourseView(UUID id, long version, UUID childId, Instant firstContactAt, Professional contacted,
        ContactFrom contactFrom, String contactAbout, Professional responsible, String unit, String district,
        CourseStatus status, Instant startedAt, String startedBy, Instant closedAt, String closedReason,
        Instant firstMeetingDue, List<CoreTeamMemberView> coreTeam) {

    /** A professional by username and discipline (the {@code profession} claim's code). */
    public record Professional(String username, String discipline) {
    }

    public record CoreTeamMemberView(String username, String discipline, Instant joinedAt, String joinedReason,
            Instant leftAt, String leftReason) {

        static CoreTeamMemberView of(CoreTeamMember member) {
            return new CoreTeamMemberView(member.username, member.discipline, member.joinedAt, member.joinedReason,
                    member.leftAt, member.leftReason);
        }
    }

    public static CourseView of(Course course, List<CoreTeamMember> members) {
        return new CourseView(course.id, course.version, course.childId, course.firstContactAt,
                new Professional(course.contactedUsername, course.contactedDiscipline), course.contactFrom,
                course.contactAbout, new Professional(course.responsibleUsername, course.responsibleDiscipline),
                course.unit, course.district, course.status, course.startedAt, course.startedBy, course.closedAt,
                course.closedReason, FirstMeetingClock.deadline(course.firstContactAt),
                members.stream().map(CoreTeamMemberView::of).toList());
    }
}
