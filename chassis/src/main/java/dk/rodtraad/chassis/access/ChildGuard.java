package dk.rodtraad.chassis.access;

import dk.rodtraad.chassis.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The one way a resource asks whether the logged-in user may see a child's data. A refusal is audit-logged (in a
 * transaction of its own, so it stays when the request's is rolled back) and answered with
 * {@link NoSuchChildException}: the same 404 as for an id that names no child.
 */
@ApplicationScoped
public class ChildGuard {

    /** The HTTP status a refusal is answered with, and logged with. */
    public static final int REFUSED_STATUS = 404;

    private final ChildAccessRule rule;
    private final AuditLog auditLog;

    public ChildGuard(ChildAccessRule rule, AuditLog auditLog) {
        this.rule = rule;
        this.auditLog = auditLog;
    }

    /**
     * @param what what was asked for, as the audit log names it, e.g. {@code timeline}
     * @throws NoSuchChildException (as the Uni's failure) unless the rule lets the user see the child
     */
    public Uni<Void> requireMaySee(UUID childId, String what) {
        return Panache.withSession(() -> rule.maySee(childId))
                .chain(allowed -> allowed ? Uni.createFrom().voidItem()
                        : auditLog.refused(childId, what, REFUSED_STATUS)
                                .chain(() -> Uni.createFrom().failure(new NoSuchChildException())));
    }
}
