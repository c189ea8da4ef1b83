package dk.rodtraad.chassis.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Logs every read and write of a child's data. Call it inside the transaction that reads or writes, so the use
 * and its record stand or fall together.
 */
@ApplicationScoped
public class AuditLog {

    private final SecurityIdentity identity;

    public AuditLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @param what what was read, e.g. {@code timeline}; @param purpose why, in words the citizen can read */
    public Uni<Void> read(UUID childId, String what, String purpose) {
        return record(AuditEntry.Action.READ, childId, what, purpose);
    }

    public Uni<Void> write(UUID childId, String what, String purpose) {
        return record(AuditEntry.Action.WRITE, childId, what, purpose);
    }

    private Uni<Void> record(AuditEntry.Action action, UUID childId, String what, String purpose) {
        var entry = new AuditEntry();
        entry.at = Instant.now();
        entry.username = identity.getPrincipal().getName();
        entry.roles = String.join(",", new TreeSet<>(identity.getRoles()));
        entry.action = action;
        entry.what = what;
        entry.childId = childId;
        entry.purpose = purpose;
        return entry.persist().replaceWithVoid();
    }
}
