package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.directory.Colleague;
import dk.rodtraad.chassis.problem.NotPermitted;
import dk.rodtraad.chassis.access.NoSuchChildException;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.access.ChildAccessGrantedV1;
import dk.rodtraad.contracts.access.ChildAccessRevokedV1;
import dk.rodtraad.contracts.concern.ColleagueInvolvedV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see a child (ADR 0006): the members of its case team, and the authority unit (role myndighed) once a
 * professional has notified it about the child. Everyone else is told the child does not exist (404, not 403), so not
 * even the child's existence leaks; every such refusal is audit-logged here. A professional who recorded a concern
 * about (or linked a consultation to) a child with a team they are not on sees those records of their own only.
 *
 * <p>Every change of the team is published in the caller's transaction: {@code child-access-granted.v1} and
 * {@code child-access-revoked.v1} on {@code rodtraad.concern.access} for the other services' replicas, and
 * {@code colleague-involved.v1} on the timeline for a colleague who joins. Call inside the caller's session or
 * transaction.
 */
@ApplicationScoped
public class ChildAccess {

    /** The one answer in every service for a child one may not see and for one that does not exist. */
    public static final String NO_SUCH_CHILD = NoSuchChildException.MESSAGE;

    private final LoggedInProfessional loggedIn;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final StoredTime time;

    public ChildAccess(LoggedInProfessional loggedIn, AuditLog auditLog, Outbox outbox, StoredTime time) {
        this.time = time;
        this.loggedIn = loggedIn;
        this.auditLog = auditLog;
        this.outbox = outbox;
    }

    /**
     * @param what what was asked for, as the audit log names it (e.g. {@code coordination})
     * @throws NoSuchChildException unless the logged-in user is on the child's case team; the refusal is audit-logged
     */
    public Uni<Void> requireMember(UUID childId, String what) {
        return isMember(childId, loggedIn.username())
                .chain(member -> member ? Uni.createFrom().voidItem() : refuse(childId, what, 404));
    }

    /**
     * @throws NoSuchChildException unless the logged-in user may read the child's data ({@link #maySee});
     *                              audit-logged
     */
    public Uni<Void> requireMaySee(UUID childId, String what) {
        return maySee(childId).chain(maySee -> maySee ? Uni.createFrom().voidItem() : refuse(childId, what, 404));
    }

    /**
     * Logs the refused attempt (in a transaction of its own) and fails: 404 as for a child that does not exist, or
     * 403 for a member who may not do this.
     */
    public <T> Uni<T> refuse(UUID childId, String what, int status) {
        return auditLog.refused(childId, what, status).chain(() -> Uni.createFrom().failure(status == 403
                ? new NotPermitted("Det kan kun sagens tovholder")
                : new NoSuchChildException()));
    }

    /** Whether the logged-in user may read the child's data: on its case team, or the authority notified of it. */
    public Uni<Boolean> maySee(UUID childId) {
        return isMember(childId, loggedIn.username()).chain(member -> member || !loggedIn.hasRole(Roles.MYNDIGHED)
                ? Uni.createFrom().item(member) : AuthorityGrant.existsFor(childId));
    }

    public Uni<Boolean> isMember(UUID childId, String username) {
        return CaseTeamMember.active(childId, username).map(found -> found != null);
    }

    /** Whether the child has an open case team: someone is on it. */
    public Uni<Boolean> hasTeam(UUID childId) {
        return CaseTeamMember.count("childId = ?1 and leftAt is null", childId).map(count -> count > 0);
    }

    /** The case team's members, first joined first. */
    public Uni<List<CaseTeamMember>> team(UUID childId) {
        return CaseTeamMember.activeOf(childId);
    }

    public Uni<CaseTeamMember> member(UUID childId, String username) {
        return CaseTeamMember.active(childId, username);
    }

    /**
     * Whether the professional has records of their own about the child: a concern, a linked consultation, a
     * notification.
     */
    public Uni<Boolean> hasOwnRecords(UUID childId, String username) {
        return holds("""
                select case when exists (from Concern where child.id = :child and recordedBy = :user)
                             or exists (from Consultation where childId = :child and linkedBy = :user)
                             or exists (from Notification where child.id = :child and notifiedBy = :user)
                            then true else false end""", childId, username);
    }

    /** Whether the professional recorded a concern about the child: then their discipline counts on its case. */
    public Uni<Boolean> hasOwnConcerns(UUID childId, String username) {
        return holds("""
                select case when exists (from Concern where child.id = :child and recordedBy = :user)
                            then true else false end""", childId, username);
    }

    /** HQL, not SQL: every use of a child by id asks, and Hibernate Reactive plans native selects anew (ADR 0031). */
    private static Uni<Boolean> holds(String query, UUID childId, String username) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(query, Boolean.class)
                .setParameter("child", childId).setParameter("user", username).getSingleResult());
    }

    /** The member's discipline on this child's case, if they are on its team and it is known. */
    public Uni<Optional<String>> professionOf(UUID childId, String username) {
        return CaseTeamMember.active(childId, username)
                .map(found -> Optional.ofNullable(found).map(member -> member.profession));
    }

    /** The case team as the coordination shows it: username and discipline. */
    public Uni<List<Professional>> involvedWith(UUID childId) {
        return team(childId).map(all -> all.stream()
                .map(member -> new Professional(member.username, member.profession)).toList());
    }

    /**
     * The professional recording the first concern about (or linking the first consultation to) a child without an
     * open case team starts one: they are its first member, basis {@code sagsopretter}. A child with a team is left
     * as it is: knowing its CPR number grants nothing.
     *
     * @return true when the professional started the team, or is on it already
     */
    public Uni<Boolean> startTeamUnlessThere(UUID childId, Professional starter) {
        return CaseTeamMember.activeUsernames(childId).chain(team -> {
            if (!team.isEmpty()) {
                return Uni.createFrom().item(team.contains(starter.username()));
            }
            return persist(childId, starter.username(), starter.profession(),
                    new Basis(Basis.SAGSOPRETTER, null, null, null), CaseTeamMember.Reason.STARTED_CASE)
                    .replaceWith(true);
        });
    }

    /** A colleague joins the team by an explicit act; the timeline learns that the case has a new discipline. */
    public Uni<CaseTeamMember> join(UUID childId, Colleague colleague, Basis basis, CaseTeamMember.Reason reason) {
        return persist(childId, colleague.username(), colleague.discipline(), basis, reason)
                .call(member -> outbox.publish(EventType.COLLEAGUE_INVOLVED_V1, childId,
                        new ColleagueInvolvedV1(childId, member.profession, member.addedAt)));
    }

    /** @param reason {@code fjernet} or {@code sag-lukket} */
    public Uni<Void> leave(CaseTeamMember member, String reason) {
        member.leftAt = time.now();
        member.leftBy = loggedIn.username();
        member.leftReason = reason;
        return member.persist().chain(() -> outbox.publish(EventType.CHILD_ACCESS_REVOKED_V1, member.childId,
                new ChildAccessRevokedV1(member.childId, member.username, reason, member.leftAt))).replaceWithVoid();
    }

    /** The authority unit may see the child from now on, because of this notification; published the first time. */
    public Uni<Void> grantAuthority(UUID childId, UUID notificationId, Instant grantedAt) {
        var grant = new AuthorityGrant();
        grant.notificationId = notificationId;
        grant.childId = childId;
        grant.grantedAt = grantedAt;
        return AuthorityGrant.existsFor(childId).chain(known -> grant.persist().chain(() -> known
                ? Uni.createFrom().voidItem()
                : outbox.publish(EventType.CHILD_ACCESS_GRANTED_V1, childId, new ChildAccessGrantedV1(childId,
                        ChildAccessGrantedV1.MYNDIGHED, null, null, "underretning", grantedAt)).replaceWithVoid()));
    }

    private Uni<CaseTeamMember> persist(UUID childId, String username, String discipline, Basis basis,
            CaseTeamMember.Reason reason) {
        var member = new CaseTeamMember();
        member.id = UUID.randomUUID();
        member.childId = childId;
        member.username = username;
        member.profession = discipline;
        member.reason = reason;
        member.basis = basis.code();
        member.consent = Consent.of(basis);
        member.addedBy = loggedIn.username();
        member.addedAt = time.now();
        return member.<CaseTeamMember>persist()
                .call(joined -> outbox.publish(EventType.CHILD_ACCESS_GRANTED_V1, childId, new ChildAccessGrantedV1(
                        childId, ChildAccessGrantedV1.FAGPERSON, username, discipline, basis.code(), joined.addedAt)));
    }
}
