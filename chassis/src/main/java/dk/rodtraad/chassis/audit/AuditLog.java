package dk.rodtraad.chassis.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Logs every read and write of a child's data, and every refused attempt. Call {@link #read} and {@link #write}
 * inside the transaction that reads or writes, so the use and its record stand or fall together; {@link #refused}
 * writes in a transaction of its own, as the refused request's transaction is rolled back.
 */
@ApplicationScoped
public class AuditLog {

    private final SecurityIdentity identity;
    private final Mutiny.SessionFactory sessions;

    public AuditLog(SecurityIdentity identity, Mutiny.SessionFactory sessions) {
        this.identity = identity;
        this.sessions = sessions;
    }

    /** @param what what was read, e.g. {@code timeline}; @param purpose why, in words the citizen can read */
    public Uni<Void> read(UUID childId, String what, String purpose) {
        return entry(AuditEntry.Action.READ, childId, what, purpose).persist().replaceWithVoid();
    }

    public Uni<Void> write(UUID childId, String what, String purpose) {
        return entry(AuditEntry.Action.WRITE, childId, what, purpose).persist().replaceWithVoid();
    }

    /**
     * An attempt on a child's data that was refused (the answer a 404 or a 403): kept whatever becomes of the
     * request, in a stateless session of its own that commits at once.
     *
     * @param childId the id asked for, even when no such child exists
     * @param status  the HTTP status the attempt is answered with
     */
    public Uni<Void> refused(UUID childId, String what, int status) {
        var entry = entry(AuditEntry.Action.REFUSED, childId, what, "Adgang nægtet (" + status + ")");
        return sessions.withStatelessTransaction(session -> session.insert(entry));
    }

    private AuditEntry entry(AuditEntry.Action action, UUID childId, String what, String purpose) {
        var entry = new AuditEntry();
        entry.at = Instant.now();
        entry.username = identity.getPrincipal().getName();
        entry.roles = String.join(",", new TreeSet<>(identity.getRoles()));
        entry.action = action;
        entry.what = what;
        entry.childId = childId;
        entry.purpose = purpose;
        return entry;
    }
}
