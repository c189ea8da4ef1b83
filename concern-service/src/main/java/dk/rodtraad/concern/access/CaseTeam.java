package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.directory.Colleague;
import dk.rodtraad.chassis.directory.Colleagues;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A child's case team (ADR 0006): who is on it and on what basis, adding a colleague, asking to join and deciding on
 * it, removing a member and closing the case. Every change is audited and published (by {@link ChildAccess}) in its
 * transaction; colleagues are checked in Keycloak ({@link Colleagues}), their discipline taken from there.
 */
@ApplicationScoped
public class CaseTeam {

    static final String WHAT = "case-team";
    private static final String UNKNOWN_COLLEAGUE =
            "Vælg en fagperson fra listen: brugeren findes ikke eller er ikke fagperson";

    private final ChildAccess access;
    private final Colleagues colleagues;
    private final Grounds grounds;
    private final CaseCoordinations coordinations;
    private final LoggedInProfessional loggedIn;
    private final AuditLog auditLog;
    private final StoredTime time;

    public CaseTeam(ChildAccess access, Colleagues colleagues, Grounds grounds, CaseCoordinations coordinations,
            LoggedInProfessional loggedIn, AuditLog auditLog, StoredTime time) {
        this.time = time;
        this.access = access;
        this.colleagues = colleagues;
        this.grounds = grounds;
        this.coordinations = coordinations;
        this.loggedIn = loggedIn;
        this.auditLog = auditLog;
    }

    /** The members, read by the team and by the authority notified of the child. */
    @WithTransaction
    public Uni<List<TeamMemberView>> members(UUID childId) {
        return access.requireMaySee(childId, WHAT)
                .chain(() -> auditLog.read(childId, WHAT, "Sagsteamet vist"))
                .chain(() -> viewOf(childId));
    }

    /** A member adds a colleague, who must be a fagperson in Keycloak; their discipline is Keycloak's. */
    @WithTransaction
    public Uni<List<TeamMemberView>> add(UUID childId, AddMemberRequest request) {
        String username = request.username().strip();
        return access.requireMember(childId, WHAT)
                .invoke(() -> grounds.requireValid("basis", request.basis()))
                .chain(() -> colleagues.find(username))
                .map(found -> found.orElseThrow(() -> new InvalidInputException("username", UNKNOWN_COLLEAGUE)))
                .call(colleague -> access.isMember(childId, colleague.username()).invoke(member -> {
                    if (member) {
                        throw new Conflict(colleague.name() + " er allerede med i sagsteamet");
                    }
                }))
                .call(colleague -> joined(childId, colleague, request.basis(), CaseTeamMember.Reason.ADDED_BY_MEMBER,
                        request.tovholder()))
                .call(colleague -> auditLog.write(childId, WHAT, "Kollega tilføjet sagsteamet", colleague.username()))
                .chain(() -> viewOf(childId));
    }

    /** A professional with records of their own about the child asks to join its open case team. */
    @WithTransaction
    public Uni<JoinRequestView> ask(UUID childId, AskToJoinRequest request) {
        var asking = loggedIn.withDiscipline();
        return access.isMember(childId, asking.username()).chain(member -> {
            if (member) {
                throw new Conflict("Du er allerede med i barnets sagsteam");
            }
            return requireOwnRecords(childId);
        }).invoke(() -> grounds.requireValid("basis", request.basis()))
                .chain(() -> access.hasTeam(childId)).invoke(team -> {
                    if (!team) {
                        throw new Conflict("Barnet har intet åbent sagsteam");
                    }
                })
                .chain(() -> pending(childId, asking.username())).chain(earlier -> {
                    if (earlier != null) {
                        throw new Conflict("Du har allerede bedt om at komme med i sagsteamet");
                    }
                    var basis = request.basis();
                    var join = new JoinRequest();
                    join.id = UUID.randomUUID();
                    join.childId = childId;
                    join.username = asking.username();
                    join.discipline = asking.profession();
                    join.basis = basis.code();
                    join.consent = Consent.of(basis);
                    join.message = request.message() == null || request.message().isBlank() ? null
                            : request.message().strip();
                    join.requestedAt = time.now();
                    join.status = JoinRequest.Status.PENDING;
                    return join.<JoinRequest>persist();
                })
                .call(() -> auditLog.write(childId, WHAT, "Anmodning om at komme med i sagsteamet"))
                .chain(this::viewOf);
    }

    /** The requests waiting for a decision, for those who decide: the tovholder, or while none, every member. */
    @WithTransaction
    public Uni<List<JoinRequestView>> requests(UUID childId) {
        return access.requireMember(childId, WHAT)
                .chain(() -> auditLog.read(childId, WHAT, "Anmodninger om at komme med i sagsteamet vist"))
                .chain(() -> JoinRequest.<JoinRequest>list("childId = ?1 and status = ?2 order by requestedAt",
                        childId, JoinRequest.Status.PENDING))
                .chain(pending -> Multi.createFrom().iterable(pending)
                        .onItem().transformToUniAndConcatenate(this::viewOf).collect().asList());
    }

    @WithTransaction
    public Uni<List<TeamMemberView>> accept(UUID childId, UUID requestId, DecideRequest decision) {
        return decidable(childId, requestId).chain(join -> colleagues.find(join.username)
                .map(found -> found.orElseThrow(() -> new Conflict(
                        "Fagpersonen findes ikke længere i kommunens brugerkatalog")))
                .call(colleague -> joined(childId, colleague, join.basisAsked(), CaseTeamMember.Reason.REQUEST_ACCEPTED,
                        decision == null ? null : decision.tovholder()))
                .call(colleague -> auditLog.write(childId, WHAT, "Anmodning om at komme med i sagsteamet imødekommet", colleague.username())))
                .chain(() -> viewOf(childId));
    }

    @WithTransaction
    public Uni<List<JoinRequestView>> decline(UUID childId, UUID requestId) {
        return decidable(childId, requestId).chain(join -> {
            decide(join, JoinRequest.Status.DECLINED);
            return join.persist().chain(() -> auditLog.write(childId, WHAT, "Anmodning om at komme med i sagsteamet afvist", join.username));
        }).chain(() -> JoinRequest.<JoinRequest>list("childId = ?1 and status = ?2 order by requestedAt",
                        childId, JoinRequest.Status.PENDING))
                .chain(pending -> Multi.createFrom().iterable(pending)
                        .onItem().transformToUniAndConcatenate(this::viewOf).collect().asList());
    }

    /** The tovholder (or, while none, a member) removes a member; the tovholder hands over before leaving. */
    @WithTransaction
    public Uni<List<TeamMemberView>> remove(UUID childId, String username) {
        String me = loggedIn.username();
        return requireDecider(childId).chain(tovholder -> {
            if (tovholder.isPresent() && tovholder.get().equals(username)) {
                throw new Conflict(
                        "Tovholderen kan ikke forlade sagsteamet. Overdrag tovholderopgaven først");
            }
            return access.member(childId, username);
        }).chain(member -> {
            if (member == null) {
                throw new NotFound("Fagpersonen er ikke med i sagsteamet");
            }
            return access.leave(member, "fjernet");
        })
                .chain(() -> access.team(childId))
                .call(remaining -> coordinations.membersLeft(childId, remaining.stream().map(m -> m.profession)
                        .filter(Objects::nonNull).collect(Collectors.toSet())))
                .call(() -> auditLog.write(childId, WHAT, username.equals(me) ? "Forlod sagsteamet"
                        : "Fjernet fra sagsteamet", username))
                .chain(() -> viewOf(childId));
    }

    /** Closing the case ends every member's access and its coordination; the authority's access stays. */
    @WithTransaction
    public Uni<Void> close(UUID childId) {
        return requireDecider(childId)
                .chain(() -> access.team(childId))
                .chain(members -> Multi.createFrom().iterable(members)
                        .onItem().transformToUniAndConcatenate(member -> access.leave(member, "sag-lukket"))
                        .collect().asList())
                .chain(() -> JoinRequest.<JoinRequest>list("childId = ?1 and status = ?2", childId,
                        JoinRequest.Status.PENDING))
                .chain(pending -> Multi.createFrom().iterable(pending).onItem().transformToUniAndConcatenate(join -> {
                    decide(join, JoinRequest.Status.DECLINED);
                    return join.persist();
                }).collect().asList())
                .chain(() -> coordinations.close(childId))
                .chain(() -> auditLog.write(childId, WHAT, "Sagen lukket"));
    }

    /**
     * What a professional with records of their own about the child may know of its case team: that it exists and
     * whom to contact. Anyone else gets the 404 of a child that does not exist.
     */
    @WithTransaction
    public Uni<TeamSummary> summary(UUID childId) {
        String me = loggedIn.username();
        return access.isMember(childId, me)
                .call(member -> member ? Uni.createFrom().voidItem() : requireOwnRecords(childId))
                .chain(member -> access.team(childId).chain(team -> coordinations.tovholderOf(childId)
                        .chain(tovholder -> {
                            Optional<String> contact = tovholder.isPresent() ? tovholder
                                    : team.stream().findFirst().map(first -> first.username);
                            return (contact.isEmpty() ? Uni.createFrom().item(Optional.<Colleague>empty())
                                    : colleagues.find(contact.get()).map(found -> found.or(() -> Optional.of(
                                            unknown(contact.get(), team)))))
                                    .chain(found -> pending(childId, me).map(asked -> new TeamSummary(!team.isEmpty(),
                                            found.orElse(null), tovholder.isPresent(), member, asked != null)));
                        })))
                .call(() -> auditLog.read(childId, WHAT, "Sagsteamets kontaktperson vist"));
    }

    /** The grounds the municipality lists, code → Danish label. */
    public java.util.Map<String, String> grounds() {
        return grounds.listed();
    }

    private Uni<Void> joined(UUID childId, Colleague colleague, Basis basis, CaseTeamMember.Reason reason,
            String tovholder) {
        var professional = new Professional(colleague.username(), colleague.discipline());
        return access.join(childId, colleague, basis, reason)
                .chain(() -> pending(childId, colleague.username())).chain(join -> {
                    if (join == null) {
                        return Uni.createFrom().voidItem();
                    }
                    decide(join, JoinRequest.Status.ACCEPTED);
                    return join.persist().replaceWithVoid();
                })
                // Their own concerns count on the case from now on: a new discipline may need its tovholder.
                .chain(() -> access.hasOwnConcerns(childId, colleague.username()))
                .chain(concerns -> concerns ? coordinations.memberJoined(childId, professional,
                        tovholder == null || tovholder.isBlank() ? null : tovholder.strip())
                        : Uni.createFrom().voidItem());
    }

    /** @return the tovholder, if the case has one; fails unless the logged-in user is it, or a member while none */
    private Uni<Optional<String>> requireDecider(UUID childId) {
        String me = loggedIn.username();
        return access.requireMember(childId, WHAT).chain(() -> coordinations.tovholderOf(childId))
                .chain(tovholder -> tovholder.isEmpty() || tovholder.get().equals(me)
                        ? Uni.createFrom().item(tovholder) : access.refuse(childId, WHAT, 403));
    }

    private Uni<JoinRequest> decidable(UUID childId, UUID requestId) {
        return requireDecider(childId).chain(() -> JoinRequest.<JoinRequest>findById(requestId)).map(join -> {
            if (join == null || !join.childId.equals(childId) || join.status != JoinRequest.Status.PENDING) {
                throw new NotFound("Anmodningen findes ikke eller er allerede besvaret");
            }
            return join;
        });
    }

    private Uni<Void> requireOwnRecords(UUID childId) {
        return access.hasOwnRecords(childId, loggedIn.username())
                .chain(own -> own ? Uni.createFrom().voidItem() : access.refuse(childId, WHAT, 404));
    }

    private Uni<JoinRequest> pending(UUID childId, String username) {
        return JoinRequest.<JoinRequest>find("childId = ?1 and username = ?2 and status = ?3", childId, username,
                JoinRequest.Status.PENDING).firstResult();
    }

    private void decide(JoinRequest join, JoinRequest.Status status) {
        join.status = status;
        join.decidedBy = loggedIn.username();
        join.decidedAt = time.now();
    }

    private Uni<List<TeamMemberView>> viewOf(UUID childId) {
        return access.team(childId).chain(team -> coordinations.tovholderOf(childId).chain(tovholder -> Multi
                .createFrom().iterable(team)
                .onItem().transformToUniAndConcatenate(member -> colleagues.find(member.username).map(found -> {
                    var consent = Consent.orNone(member.consent);
                    return new TeamMemberView(member.username, found.map(Colleague::name).orElse(member.username),
                            found.map(Colleague::discipline).orElse(member.profession), member.basis,
                            grounds.label(member.basis), consent.givenOn, consent.givenTo, consent.scope,
                            member.addedBy, member.addedAt, tovholder.filter(member.username::equals).isPresent());
                }))
                .collect().asList()));
    }

    private Uni<JoinRequestView> viewOf(JoinRequest join) {
        var consent = Consent.orNone(join.consent);
        return colleagues.find(join.username).map(found -> new JoinRequestView(join.id, join.childId, join.username,
                found.map(Colleague::name).orElse(join.username), join.discipline, join.basis,
                grounds.label(join.basis), consent.givenOn, consent.givenTo, consent.scope, join.message,
                join.requestedAt, join.status.name()));
    }

    private static Colleague unknown(String username, List<CaseTeamMember> team) {
        String discipline = team.stream().filter(m -> m.username.equals(username)).map(m -> m.profession)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new Colleague(username, username, discipline, null, null);
    }

}
