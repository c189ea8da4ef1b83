package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.concern.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.ColleagueInvolvedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Who works with a child: read by those involved, and widened by them to a colleague. Both are audit-logged; a
 * colleague newly involved is a change of the case every timeline shows, by discipline only.
 */
@ApplicationScoped
public class Involvements {

    private final ChildAccess access;
    private final AuditLog auditLog;
    private final Outbox outbox;

    public Involvements(ChildAccess access, AuditLog auditLog, Outbox outbox) {
        this.access = access;
        this.auditLog = auditLog;
        this.outbox = outbox;
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
                .call(newlyInvolved -> newlyInvolved ? outbox.publish(EventType.COLLEAGUE_INVOLVED_V1, child,
                        new ColleagueInvolvedV1(child, colleague.profession(), StoredTime.now())).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .chain(() -> auditLog.write(child, "involvement", "Kollega inddraget", colleague.username()))
                .chain(() -> access.involvedWith(child));
    }
}
