package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Who works with a child: read by those involved, and widened by them to a colleague. Both are audit-logged. */
@ApplicationScoped
public class Involvements {

    private final ChildAccess access;
    private final AuditLog auditLog;

    public Involvements(ChildAccess access, AuditLog auditLog) {
        this.access = access;
        this.auditLog = auditLog;
    }

    @WithTransaction
    public Uni<List<Professional>> of(UUID child) {
        return access.requireInvolved(child)
                .chain(() -> auditLog.read(child, "involvement", "Inddragede fagpersoner vist"))
                .chain(() -> access.involvedWith(child));
    }

    /** Only someone already involved may involve a colleague. */
    @WithTransaction
    public Uni<List<Professional>> involve(UUID child, InvolveColleagueRequest request) {
        var colleague = new Professional(request.username().strip(), request.profession());
        return access.requireInvolved(child)
                .chain(() -> access.involve(child, colleague, Involvement.Reason.ADDED_BY_COLLEAGUE))
                .chain(() -> auditLog.write(child, "involvement", "Kollega inddraget: " + colleague.username()))
                .chain(() -> access.involvedWith(child));
    }
}
