package dk.rodtraad.chassis.audit;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Logs every read and write of a child's data, and every refused attempt. Call {@link #read} and {@link #write}
 * inside the transaction that reads or writes, so the use and its record stand or fall together; {@link #refused}
 * is written in a transaction of its own, as the refused request's transaction is rolled back: in an HTTP request
 * once the request's transaction has ended ({@link RefusalsToRecord}), elsewhere at once.
 *
 * <p>A purpose is always a fixed Danish phrase from the code, never text a user typed and never a username: the
 * colleague a change concerned goes in {@code concerning}. In a service with {@code rodtraad.audit.publish=true}
 * every entry about a child also goes out as {@code child-data-used.v1} on {@code rodtraad.audit}, through the
 * outbox in the same transaction, for concern-service's citizen's report: pseudonymous, without the username.
 */
@ApplicationScoped
public class AuditLog {

    /** The role a use is reported in: the first of these the user has. */
    private static final List<String> REPORTED_ROLES = List.of(Roles.MYNDIGHED, Roles.DATABESKYTTELSE,
            Roles.FAGPERSON, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN);

    private final SecurityIdentity identity;
    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final boolean publish;
    private final String service;
    private final StoredTime time;
    private final RefusalsToRecord refusals;

    public AuditLog(SecurityIdentity identity, Mutiny.SessionFactory sessions, Outbox outbox,
            @ConfigProperty(name = "rodtraad.audit.publish", defaultValue = "false") boolean publish,
            @ConfigProperty(name = "rodtraad.service.name") String service, StoredTime time,
            RefusalsToRecord refusals) {
        this.time = time;
        this.refusals = refusals;
        this.identity = identity;
        this.sessions = sessions;
        this.outbox = outbox;
        this.publish = publish;
        this.service = service;
    }

    /** @param what what was read, e.g. {@code timeline}; @param purpose why, a fixed phrase the citizen can read */
    public Uni<Void> read(UUID childId, String what, String purpose) {
        return logged(entry(AuditEntry.Action.READ, childId, what, purpose, 200, null));
    }

    public Uni<Void> write(UUID childId, String what, String purpose) {
        return logged(entry(AuditEntry.Action.WRITE, childId, what, purpose, 200, null));
    }

    /**
     * A write that concerns a colleague (involved, named tovholder, handed the task).
     *
     * @param concerning the colleague's username: kept in this service's log, never in the purpose or an event
     */
    public Uni<Void> write(UUID childId, String what, String purpose, String concerning) {
        return logged(entry(AuditEntry.Action.WRITE, childId, what, purpose, 200, concerning));
    }

    /**
     * An attempt on a child's data that was refused (the answer a 404 or a 403): kept whatever becomes of the
     * request, in a stateless session of its own that commits at once (with its event, where the service publishes).
     *
     * @param childId the id asked for, even when no such child exists
     * @param status  the HTTP status the attempt is answered with
     */
    public Uni<Void> refused(UUID childId, String what, int status) {
        var entry = entry(AuditEntry.Action.REFUSED, childId, what, "Adgang nægtet (" + status + ")", status, null);
        if (inHttpRequest()) {
            refusals.add(entry);
            return Uni.createFrom().voidItem();
        }
        return recorded(List.of(entry));
    }

    /**
     * Writes the refusals the current request kept ({@link dk.rodtraad.chassis.web.RefusalRecorder}); nothing if it
     * kept none.
     */
    public Uni<Void> recordKeptRefusals() {
        var entries = refusals.takeAll();
        return entries.isEmpty() ? Uni.createFrom().voidItem() : recorded(entries);
    }

    /**
     * Whether a REST request is being served, whose answer {@link dk.rodtraad.chassis.web.RefusalRecorder} will see;
     * not a scheduled job or a consumer, even one with a request context of its own.
     */
    private static boolean inHttpRequest() {
        return Arc.container().requestContext().isActive() && CurrentRequestManager.get() != null;
    }

    private Uni<Void> recorded(List<AuditEntry> entries) {
        return sessions.withStatelessTransaction(session -> Multi.createFrom().iterable(entries)
                .onItem().transformToUniAndConcatenate(entry -> session.insert(entry)
                        .chain(() -> published(entry) ? session.insert(outbox.event(EventType.CHILD_DATA_USED_V1,
                                entry.childId, event(entry))) : Uni.createFrom().voidItem()))
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> logged(AuditEntry entry) {
        return entry.persist().chain(() -> published(entry)
                ? outbox.publish(EventType.CHILD_DATA_USED_V1, entry.childId, event(entry)).replaceWithVoid()
                : Uni.createFrom().voidItem());
    }

    private boolean published(AuditEntry entry) {
        return publish && entry.childId != null;
    }

    private ChildDataUsedV1 event(AuditEntry entry) {
        return new ChildDataUsedV1(entry.childId, entry.at, service, entry.action.name(), entry.what, entry.purpose,
                reportedRole(identity.getRoles()), entry.discipline, entry.status);
    }

    /** The one role a use is reported in (the citizen's report names one): the weightiest the user has. */
    public static String reportedRole(Collection<String> roles) {
        return REPORTED_ROLES.stream().filter(roles::contains).findFirst()
                .orElse(roles.isEmpty() ? "ingen" : new TreeSet<>(roles).first());
    }

    private AuditEntry entry(AuditEntry.Action action, UUID childId, String what, String purpose, int status,
            String concerning) {
        var entry = new AuditEntry();
        // Truncated to what PostgreSQL stores, so the time sent equals the time kept.
        entry.at = time.now();
        entry.username = identity.getPrincipal().getName();
        entry.roles = String.join(",", new TreeSet<>(identity.getRoles()));
        entry.discipline = discipline();
        entry.action = action;
        entry.what = what;
        entry.childId = childId;
        entry.purpose = purpose;
        entry.status = status;
        entry.concerning = concerning;
        return entry;
    }

    private String discipline() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("profession");
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }
}
