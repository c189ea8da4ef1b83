package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.networkmeeting.CoreTeamChangedV1;
import dk.rodtraad.contracts.networkmeeting.CourseClosedV1;
import dk.rodtraad.contracts.networkmeeting.CourseStartedV1;
import dk.rodtraad.contracts.networkmeeting.ResponsibilityHandedOverV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A course's own life (forløb): started at the first contact by a professional on the child's case team, its
 * responsibility (Ansvar) handed over explicitly, its core team (Kontinuitet) changed only with a reason, closed.
 * Each change is audited and published in the same transaction.
 */
@ApplicationScoped
public class Courses {

    /** A first contact a moment ahead of this service's clock is a clock apart, not a contact in the future. */
    private static final Duration CLOCKS_APART = Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final String NOT_ON_CASE_TEAM = "Fagpersonen skal være i barnets sagsteam";

    private final CourseAccess access;
    private final ChildGuard guard;
    private final CaseTeam caseTeam;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public Courses(CourseAccess access, ChildGuard guard, CaseTeam caseTeam, SecurityIdentity identity, Outbox outbox,
            AuditLog auditLog, StoredTime time) {
        this.access = access;
        this.guard = guard;
        this.caseTeam = caseTeam;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    @WithTransaction
    public Uni<CourseView> start(StartCourseRequest request) {
        var starter = CurrentUser.of(identity);
        String contacted = request.contacted() == null || request.contacted().isBlank() ? starter.username()
                : request.contacted().strip();
        Instant now = time.now();
        var problems = new ArrayList<Problem.FieldError>();
        if (request.firstContactAt().isAfter(now.plus(CLOCKS_APART))) {
            problems.add(new Problem.FieldError("firstContactAt", "Henvendelsen kan ikke ligge i fremtiden"));
        } else if (request.firstContactAt().isBefore(EARLIEST)) {
            problems.add(new Problem.FieldError("firstContactAt", "Tidspunktet kan ikke ligge før år 1900"));
        }
        // The contacted professional first (they carry the responsibility), then the core team as listed; each by the
        // request's field, so a refusal names the field the user typed it in.
        var team = new LinkedHashMap<String, String>();
        team.put(contacted, "contacted");
        List<String> listed = request.coreTeam() == null ? List.of() : request.coreTeam();
        for (int i = 0; i < listed.size(); i++) {
            team.putIfAbsent(listed.get(i).strip(), "coreTeam[" + i + "]");
        }
        if (team.size() > CoreTeamContinuity.MAX_MEMBERS) {
            problems.add(new Problem.FieldError("coreTeam",
                    "Kerneteamet kan højst have " + CoreTeamContinuity.MAX_MEMBERS + " fagpersoner"));
        }
        return guard.requireMaySee(request.childId(), "course")
                .chain(() -> disciplines(request.childId(), team.keySet()))
                .chain(disciplines -> {
                    team.forEach((username, field) -> {
                        if (disciplines.get(username).isEmpty()) {
                            problems.add(new Problem.FieldError(field, NOT_ON_CASE_TEAM));
                        }
                    });
                    if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems);
                    }
                    return Course.count("childId = ?1 and status = ?2", request.childId(), CourseStatus.AABEN)
                            .chain(open -> {
                                if (open > 0) {
                                    throw new Conflict("Barnet har allerede et åbent forløb med netværksmøder");
                                }
                                return started(request, starter, contacted, team.keySet(), disciplines, now);
                            });
                });
    }

    private Uni<CourseView> started(StartCourseRequest request, CurrentUser starter, String contacted,
            Set<String> team, Map<String, Optional<String>> disciplines, Instant now) {
        var course = new Course();
        course.id = UUID.randomUUID();
        course.childId = request.childId();
        course.firstContactAt = request.firstContactAt();
        course.contactedUsername = contacted;
        course.contactedDiscipline = disciplines.get(contacted).orElseThrow();
        course.contactFrom = request.contactFrom();
        course.contactAbout = request.contactAbout().strip();
        course.responsibleUsername = contacted;
        course.responsibleDiscipline = course.contactedDiscipline;
        course.unit = starter.unit().orElse(null);
        course.district = starter.district().orElse(null);
        course.status = CourseStatus.AABEN;
        course.startedBy = starter.username();
        course.startedAt = now;
        List<CoreTeamMember> members = team.stream()
                .map(username -> member(course.id, username, disciplines.get(username).orElseThrow(), null, now))
                .toList();
        return course.<Course>persist()
                .call(() -> Rows.persist(members))
                .call(() -> outbox.publish(EventType.COURSE_STARTED_V1, course.childId, new CourseStartedV1(course.id,
                        course.childId, course.firstContactAt, course.contactFrom.code(), course.contactedDiscipline,
                        course.responsibleDiscipline, members.stream().map(m -> m.discipline).toList(), now)))
                .call(() -> auditLog.write(course.childId, "course", "Forløb med netværksmøder startet"))
                .chain(() -> viewOf(course));
    }

    @WithTransaction
    public Uni<CourseView> handOver(UUID courseId, HandOverResponsibilityRequest request) {
        String to = request.to().strip();
        String from = identity.getPrincipal().getName();
        return changeable(courseId, request.version()).chain(course -> {
            if (!course.responsibleUsername.equals(from)) {
                throw new Conflict("Ansvaret", "Kun den fagperson, der har ansvaret for forløbet, kan overdrage det");
            }
            if (course.responsibleUsername.equals(to)) {
                throw new InvalidInputException("to", "Du har allerede ansvaret for forløbet");
            }
            return caseTeam.disciplineOf(course.childId, to).chain(discipline -> {
                if (discipline.isEmpty()) {
                    throw new InvalidInputException("to", NOT_ON_CASE_TEAM);
                }
                String fromDiscipline = course.responsibleDiscipline;
                course.responsibleUsername = to;
                course.responsibleDiscipline = discipline.get();
                Instant now = time.now();
                return CoreTeamMember.active(course.id)
                        // The responsible professional is always on the core team: a newcomer joins it, an event too.
                        .call(members -> members.stream().anyMatch(m -> m.username.equals(to)) ? Uni.createFrom().voidItem()
                                : joined(course, members, member(course.id, to, discipline.get(),
                                        "Overtog ansvaret for forløbet", now), now))
                        .call(() -> outbox.publish(EventType.RESPONSIBILITY_HANDED_OVER_V1, course.childId,
                                new ResponsibilityHandedOverV1(course.id, course.childId, fromDiscipline,
                                        course.responsibleDiscipline, now)))
                        .call(() -> auditLog.write(course.childId, "course", "Ansvaret for forløbet overdraget", to))
                        .chain(() -> viewOf(course));
            });
        });
    }

    @WithTransaction
    public Uni<CourseView> changeCoreTeam(UUID courseId, ChangeCoreTeamRequest request) {
        Set<String> joining = usernames(request.joining());
        Set<String> leaving = usernames(request.leaving());
        String reason = request.reason().strip();
        return changeable(courseId, request.version()).chain(course -> CoreTeamMember.active(course.id)
                .chain(members -> {
                    Set<String> current = members.stream().map(m -> m.username).collect(Collectors.toSet());
                    var problems = new ArrayList<>(CoreTeamContinuity.changeProblems(current, joining, leaving, reason,
                            course.responsibleUsername));
                    return disciplines(course.childId, joining).chain(disciplines -> {
                        disciplines.forEach((username, discipline) -> {
                            if (discipline.isEmpty()) {
                                problems.add(new Problem.FieldError("joining", username + ": " + NOT_ON_CASE_TEAM));
                            }
                        });
                        if (!problems.isEmpty()) {
                            throw new InvalidInputException(problems);
                        }
                        Instant now = time.now();
                        var left = members.stream().filter(m -> leaving.contains(m.username)).toList();
                        left.forEach(member -> {
                            member.leftAt = now;
                            member.leftReason = reason;
                            member.removedBy = identity.getPrincipal().getName();
                        });
                        var newcomers = joining.stream().map(username -> member(course.id, username,
                                disciplines.get(username).orElseThrow(), reason, now)).toList();
                        var after = new ArrayList<>(members.stream().filter(m -> !leaving.contains(m.username)).toList());
                        after.addAll(newcomers);
                        return Rows.persist(newcomers)
                                .call(() -> forceNewVersion(course))
                                .call(() -> outbox.publish(EventType.CORE_TEAM_CHANGED_V1, course.childId,
                                        new CoreTeamChangedV1(course.id, course.childId,
                                                newcomers.stream().map(m -> m.discipline).toList(),
                                                left.stream().map(m -> m.discipline).toList(),
                                                after.stream().map(m -> m.discipline).toList(), now)))
                                .call(() -> auditLog.write(course.childId, "course", "Kerneteamet ændret"))
                                .chain(() -> viewOf(course));
                    });
                }));
    }

    /**
     * Closes the course. A planned meeting must be held or cancelled first: a family is never left waiting for a
     * meeting of a closed course.
     */
    @WithTransaction
    public Uni<CourseView> close(UUID courseId, CloseCourseRequest request) {
        return changeable(courseId, request.version()).chain(course -> meetings(course.id, "PLANLAGT")
                .chain(planned -> {
                    if (planned > 0) {
                        throw new Conflict("Forløbet har planlagte møder. Hold eller aflys dem, før forløbet lukkes");
                    }
                    return meetings(course.id, "AFHOLDT");
                })
                .chain(held -> {
                    Instant now = time.now();
                    course.status = CourseStatus.LUKKET;
                    course.closedAt = now;
                    course.closedBy = identity.getPrincipal().getName();
                    course.closedReason = request.reason() == null || request.reason().isBlank() ? null
                            : request.reason().strip();
                    return outbox.publish(EventType.COURSE_CLOSED_V1, course.childId,
                                    new CourseClosedV1(course.id, course.childId, held.intValue(), now))
                            .call(() -> auditLog.write(course.childId, "course", "Forløbet lukket"))
                            .chain(() -> viewOf(course));
                }));
    }

    private Uni<Course> changeable(UUID courseId, long version) {
        return access.open(courseId, "course").invoke(course -> {
            if (course.version != version) {
                throw new OptimisticLockException("Course " + courseId + " changed since " + version);
            }
        });
    }

    /**
     * A change of the core team changes no column of the course, yet it is a change of the course that a stale
     * request must not overwrite: the course's version goes up with it.
     */
    private static Uni<Void> forceNewVersion(Course course) {
        return Panache.getSession().chain(session -> session.lock(course, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
    }

    private Uni<Void> joined(Course course, List<CoreTeamMember> members, CoreTeamMember newcomer, Instant now) {
        var after = new ArrayList<>(members.stream().map(m -> m.discipline).toList());
        after.add(newcomer.discipline);
        return newcomer.persist().chain(() -> outbox.publish(EventType.CORE_TEAM_CHANGED_V1, course.childId,
                new CoreTeamChangedV1(course.id, course.childId, List.of(newcomer.discipline), List.of(), after, now)))
                .replaceWithVoid();
    }

    /**
     * How many of the course's meetings have the status. The meetings are the meeting feature's (which builds on
     * this one), so they are counted by their table, not their class.
     */
    private static Uni<Long> meetings(UUID courseId, String status) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from meeting where course_id = ?1 and status = ?2", Long.class)
                .setParameter(1, courseId).setParameter(2, status).getSingleResult());
    }

    /** Each username's discipline on the child's case team, or empty when not on it. */
    private Uni<Map<String, Optional<String>>> disciplines(UUID childId, Set<String> usernames) {
        return Multi.createFrom().iterable(usernames)
                .onItem().transformToUniAndConcatenate(username -> caseTeam.disciplineOf(childId, username)
                        .map(discipline -> Map.entry(username, discipline)))
                .collect().asList()
                .map(entries -> {
                    var byUsername = new LinkedHashMap<String, Optional<String>>();
                    entries.forEach(entry -> byUsername.put(entry.getKey(), entry.getValue()));
                    return byUsername;
                });
    }

    private static Set<String> usernames(List<String> listed) {
        return listed == null ? Set.of()
                : listed.stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private CoreTeamMember member(UUID courseId, String username, String discipline, String reason, Instant now) {
        var member = new CoreTeamMember();
        member.id = UUID.randomUUID();
        member.courseId = courseId;
        member.username = username;
        member.discipline = discipline;
        member.joinedAt = now;
        member.joinedReason = reason;
        member.addedBy = identity.getPrincipal().getName();
        return member;
    }

    private Uni<CourseView> viewOf(Course course) {
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> CoreTeamMember.of(course.id))
                .map(members -> CourseView.of(course, members));
    }
}
