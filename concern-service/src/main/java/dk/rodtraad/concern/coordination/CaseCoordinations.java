package dk.rodtraad.concern.coordination;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.LoggedInProfessional;
import dk.rodtraad.concern.access.Professional;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.access.TovholderAssignedV1;
import dk.rodtraad.contracts.concern.TovholderHandedOverV1;
import dk.rodtraad.contracts.concern.TovholderNamedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each child's case coordination within the {@link TovholderRule}: a case with a second discipline is never
 * stored without its one tovholder, and the tovholder changes only by an explicit handover. Each change is audited
 * and published in the same transaction, twice: by discipline on the timeline ({@code tovholder-named.v1},
 * {@code tovholder-handed-over.v1}), and by username on the access topic ({@code tovholder-assigned.v1}), from which
 * the other services know whom to show as tovholder and whom to list what is due for.
 */
@ApplicationScoped
public class CaseCoordinations {

    private static final String TOVHOLDER_NOT_INVOLVED =
            "Tovholderen skal være en fagperson i barnets sagsteam";

    private final ChildAccess access;
    private final LoggedInProfessional loggedIn;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public CaseCoordinations(ChildAccess access, LoggedInProfessional loggedIn, Outbox outbox, AuditLog auditLog, StoredTime time) {
        this.time = time;
        this.access = access;
        this.auditLog = auditLog;
        this.loggedIn = loggedIn;
        this.outbox = outbox;
    }

    /**
     * The recorder's discipline joins the child's case. Call inside the recording's transaction, after the recorder
     * is involved.
     *
     * @param tovholder the username the recorder names as tovholder, or null; required when the recorder's discipline
     *                  makes the case cross-disciplinary and it has no tovholder yet
     * @throws InvalidInputException on field {@code tovholder} when the case would break the rule
     */
    public Uni<Void> concernRecorded(UUID childId, Professional recorder, String tovholder) {
        return Coordination.<Coordination>findById(childId).chain(stored -> {
            // A closed case's coordination ends with it: the next concern opens a new case.
            var before = stored == null || !stored.open ? null : stored.state();
            var state = before == null ? CaseCoordination.openedBy(recorder.profession())
                    : before.disciplines().contains(recorder.profession()) ? before : before.join(recorder.profession());
            Uni<CaseCoordination> withTovholder = tovholder == null ? Uni.createFrom().item(state)
                    : tovholderProfession(childId, tovholder.strip()).map(known -> nameAsInput(state, tovholder.strip()));
            return withTovholder.chain(after -> {
                var problems = TovholderRule.problems(after);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException("tovholder",
                            problems.getFirst() + ". Angiv en tovholder blandt de inddragede fagpersoner");
                }
                var coordination = stored == null ? Coordination.of(childId, after) : stored;
                coordination.apply(after);
                if (!newlyNamed(before, after)) {
                    return coordination.persist().replaceWithVoid();
                }
                String named = after.tovholder().orElseThrow();
                return coordination.persist()
                        .chain(() -> publishNamed(childId, named))
                        .chain(() -> auditLog.write(childId, "coordination", "Tovholder udpeget", named));
            });
        });
    }

    /**
     * A member's discipline joins the case because of their own concerns: when they join the case team, their
     * concerns count. The same rule as {@link #concernRecorded}; call after they joined.
     */
    public Uni<Void> memberJoined(UUID childId, Professional member, String tovholder) {
        return concernRecorded(childId, member, tovholder);
    }

    /** The open case's tovholder, if it has one. */
    public Uni<Optional<String>> tovholderOf(UUID childId) {
        return Coordination.<Coordination>findById(childId).map(coordination -> coordination == null
                || !coordination.open ? Optional.empty() : Optional.ofNullable(coordination.tovholder));
    }

    /**
     * Members left the case team: only the disciplines still on it stay on the case; with none left it is closed.
     * Call inside the caller's transaction.
     */
    public Uni<Void> membersLeft(UUID childId, Set<String> remaining) {
        return Coordination.<Coordination>findById(childId).chain(coordination -> {
            if (coordination == null || !coordination.open) {
                return Uni.createFrom().voidItem();
            }
            var state = coordination.state();
            var kept = new HashSet<>(state.disciplines());
            kept.retainAll(remaining);
            coordination.apply(kept.isEmpty() ? state.close()
                    : new CaseCoordination(kept, state.tovholder(), true));
            return coordination.persist().replaceWithVoid();
        });
    }

    /** The case is closed: its coordination ends. Call inside the caller's transaction. */
    public Uni<Void> close(UUID childId) {
        return membersLeft(childId, Set.of());
    }

    @WithTransaction
    public Uni<CoordinationView> nameTovholder(UUID childId, NameTovholderRequest request) {
        String tovholder = request.tovholder().strip();
        return changeable(childId, request.version())
                .call(() -> tovholderProfession(childId, tovholder))
                .chain(coordination -> {
                    coordination.apply(coordination.state().name(tovholder));
                    return publishNamed(childId, tovholder).replaceWith(coordination);
                })
                .chain(coordination -> viewOf(coordination, "Tovholder udpeget", tovholder));
    }

    @WithTransaction
    public Uni<CoordinationView> handOver(UUID childId, HandOverRequest request) {
        String to = request.to().strip();
        String from = loggedIn.username();
        return changeable(childId, request.version())
                .chain(coordination -> tovholderProfession(childId, to, "to").chain(toProfession -> {
                    coordination.apply(coordination.state().handOver(from, to));
                    Instant at = time.now();
                    return access.professionOf(childId, from).chain(fromProfession -> outbox.publish(
                            EventType.TOVHOLDER_HANDED_OVER_V1, childId, new TovholderHandedOverV1(childId,
                                    fromProfession.orElseThrow(), toProfession, at)))
                            .chain(() -> publishAssigned(childId, to, toProfession, at));
                }).replaceWith(coordination))
                .chain(coordination -> viewOf(coordination, "Tovholderopgaven overdraget", to));
    }

    /**
     * Read by those involved and by the authority notified of the child, whose caseworker needs to know whom to
     * contact; only the involved change it.
     *
     * @return null when the child has no case to coordinate yet
     */
    @WithTransaction
    public Uni<CoordinationView> find(UUID childId) {
        return access.requireMaySee(childId, "coordination")
                .chain(() -> Coordination.<Coordination>findById(childId))
                .chain(coordination -> coordination == null ? Uni.createFrom().nullItem()
                        : auditLog.read(childId, "coordination", "Koordinering vist")
                                .chain(() -> access.involvedWith(childId))
                                .map(involved -> CoordinationView.of(coordination, involved)));
    }

    private Uni<Coordination> changeable(UUID childId, long version) {
        return access.requireMember(childId, "coordination")
                .chain(() -> Coordination.<Coordination>findById(childId))
                .invoke(coordination -> {
                    if (coordination == null) {
                        throw new TovholderRuleViolation("Der er endnu ingen bekymring om barnet at koordinere");
                    }
                    if (coordination.version != version) {
                        throw new OptimisticLockException("Coordination of " + childId + " changed since " + version);
                    }
                });
    }

    /** The discipline of the professional to be tovholder, who must be involved with the child. */
    private Uni<String> tovholderProfession(UUID childId, String username) {
        return tovholderProfession(childId, username, "tovholder");
    }

    /** @param field the request field naming the professional */
    private Uni<String> tovholderProfession(UUID childId, String username, String field) {
        return access.professionOf(childId, username).map(profession -> profession
                .orElseThrow(() -> new InvalidInputException(field, TOVHOLDER_NOT_INVOLVED)));
    }

    private static CaseCoordination nameAsInput(CaseCoordination state, String tovholder) {
        try {
            return state.name(tovholder);
        } catch (TovholderRuleViolation e) {
            throw new InvalidInputException("tovholder", e.getMessage());
        }
    }

    private static boolean newlyNamed(CaseCoordination before, CaseCoordination after) {
        return after.tovholder().isPresent() && (before == null || before.tovholder().isEmpty());
    }

    private Uni<UUID> publishNamed(UUID childId, String tovholder) {
        Instant at = time.now();
        return tovholderProfession(childId, tovholder).chain(profession -> outbox.publish(
                EventType.TOVHOLDER_NAMED_V1, childId, new TovholderNamedV1(childId, profession, at))
                .chain(() -> publishAssigned(childId, tovholder, profession, at)));
    }

    /** The tovholder by username, on the access topic only: the timeline's topic names no person. */
    private Uni<UUID> publishAssigned(UUID childId, String tovholder, String profession, Instant at) {
        return outbox.publish(EventType.TOVHOLDER_ASSIGNED_V1, childId,
                new TovholderAssignedV1(childId, tovholder, profession, at));
    }

    /** @param concerning the colleague named or handed the task: kept apart from the purpose, a fixed phrase */
    private Uni<CoordinationView> viewOf(Coordination coordination, String purpose, String concerning) {
        return coordination.<Coordination>persistAndFlush()
                .call(() -> auditLog.write(coordination.childId, "coordination", purpose, concerning))
                .chain(stored -> access.involvedWith(stored.childId).map(involved -> CoordinationView.of(stored, involved)));
    }

}
