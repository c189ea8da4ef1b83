package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.access.ChildAccessRule;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.networkmeeting.agreement.AgreementStatus;
import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.CoreTeamMember;
import dk.rodtraad.networkmeeting.course.Course;
import dk.rodtraad.networkmeeting.course.CourseAccess;
import dk.rodtraad.networkmeeting.course.CourseStatus;
import dk.rodtraad.networkmeeting.course.CourseView;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.CourseMeetings;
import dk.rodtraad.networkmeeting.meeting.MeetingStatus;
import dk.rodtraad.networkmeeting.network.NetworkParticipantView;
import dk.rodtraad.networkmeeting.network.NetworkParticipants;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reading courses: one in full, and a professional's open courses with what is due next (Mine forløb). Only those who
 * may see the child read a course (ADR 0006); every read is audited.
 */
@ApplicationScoped
public class CourseRecords {

    private final CourseAccess access;
    private final ChildAccessRule rule;
    private final CourseMeetings courseMeetings;
    private final Tovholders tovholders;
    private final SecurityIdentity identity;
    private final AuditLog auditLog;

    public CourseRecords(CourseAccess access, ChildAccessRule rule, CourseMeetings courseMeetings,
            Tovholders tovholders, SecurityIdentity identity, AuditLog auditLog) {
        this.access = access;
        this.rule = rule;
        this.courseMeetings = courseMeetings;
        this.tovholders = tovholders;
        this.identity = identity;
        this.auditLog = auditLog;
    }

    @WithTransaction
    public Uni<CourseRecord> find(UUID courseId) {
        return access.seen(courseId, "course")
                .call(course -> auditLog.read(course.childId, "course", "Forløb med netværksmøder vist"))
                .chain(course -> CoreTeamMember.of(course.id).chain(members -> NetworkParticipants.of(course.id)
                        .chain(network -> courseMeetings.of(course.id, course.firstContactAt)
                                .map(record -> new CourseRecord(CourseView.of(course, members), record.clock(),
                                        network.stream().map(NetworkParticipantView::of).toList(), record.meetings(),
                                        record.openQuestions(), record.agreements())))));
    }

    /**
     * The open courses the user is responsible for, was contacted about, sits on the core team of, carries an open
     * agreement of, or is tovholder of the child of, among the children they may see: the overdue first, then by
     * what is due next.
     */
    @WithTransaction
    public Uni<List<MyCourse>> mine() {
        String me = identity.getPrincipal().getName();
        return tovholders.childrenOf(me).chain(tovholderOf -> Course.<Course>list(
                        "status = ?1 and (responsibleUsername = ?2 or contactedUsername = ?2"
                                + " or id in (select m.courseId from CoreTeamMember m where m.username = ?2 and m.leftAt is null)"
                                + " or id in (select a.courseId from Agreement a where a.carrierUsername = ?2 and a.status = ?3)"
                                + (tovholderOf.isEmpty() ? ")" : " or childId in ?4)") + " order by firstContactAt",
                        tovholderOf.isEmpty() ? new Object[] {CourseStatus.AABEN, me, AgreementStatus.AABEN}
                                : new Object[] {CourseStatus.AABEN, me, AgreementStatus.AABEN, tovholderOf})
                .chain(courses -> Multi.createFrom().iterable(courses)
                        .onItem().transformToUniAndConcatenate(course -> rule.maySee(course.childId)
                                .chain(maySee -> maySee ? mine(course, me, tovholderOf).map(Optional::of)
                                        : Uni.createFrom().item(Optional.<MyCourse>empty())))
                        .collect().asList())
                .map(found -> found.stream().flatMap(Optional::stream)
                        .sorted(Comparator.comparing((MyCourse c) -> !c.overdue())
                                .thenComparing(c -> c.nextMeeting() == null ? c.firstMeetingDue() : c.nextMeeting().startsAt()))
                        .toList()));
    }

    private Uni<MyCourse> mine(Course course, String me, List<UUID> tovholderOf) {
        return auditLog.read(course.childId, "course", "Mine forløb vist")
                .chain(() -> CoreTeamMember.active(course.id))
                .chain(members -> courseMeetings.of(course.id, course.firstContactAt).map(record -> {
                    var open = record.agreements().stream().filter(a -> a.status() == AgreementStatus.AABEN)
                            .sorted(Comparator.comparing(AgreementView::dueOn)).toList();
                    var why = new TreeSet<String>();
                    if (course.responsibleUsername.equals(me)) {
                        why.add("ansvarlig");
                    }
                    if (course.contactedUsername.equals(me)) {
                        why.add("kontaktet");
                    }
                    if (members.stream().anyMatch(m -> m.username.equals(me))) {
                        why.add("kerneteam");
                    }
                    if (open.stream().anyMatch(a -> me.equals(a.carrier().username()))) {
                        why.add("aftale");
                    }
                    if (tovholderOf.contains(course.childId)) {
                        why.add("tovholder");
                    }
                    var next = record.meetings().stream().filter(m -> m.status() == MeetingStatus.PLANLAGT).findFirst()
                            .map(m -> new MyCourse.NextMeeting(m.id(), m.startsAt(), m.place(), m.status()))
                            .orElse(null);
                    return new MyCourse(course.id, course.childId, course.firstContactAt, course.contactAbout,
                            new CourseView.Professional(course.responsibleUsername, course.responsibleDiscipline), why,
                            record.clock(), FirstMeetingClock.deadline(course.firstContactAt), next, open);
                }));
    }
}
