package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.concern.child.ChildRegistry;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.ConcernRaisedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Records a concern: the concern, its event and the audit entry are stored together or not at all. */
@ApplicationScoped
public class ConcernRecording {

    private final ChildRegistry children;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final SecurityIdentity identity;

    public ConcernRecording(ChildRegistry children, Outbox outbox, AuditLog auditLog, SecurityIdentity identity) {
        this.children = children;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.identity = identity;
    }

    @WithTransaction
    public Uni<ConcernView> record(RecordConcernRequest request) {
        return children.findOrRegister(request.child().cpr(), request.child().name().strip())
                .chain(child -> {
                    var concern = new Concern();
                    concern.id = UUID.randomUUID();
                    concern.child = child;
                    concern.level = request.level();
                    concern.setting = request.setting();
                    concern.observedOn = request.observedOn();
                    concern.observation = request.observation().strip();
                    concern.recordedBy = identity.getPrincipal().getName();
                    concern.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return concern.<Concern>persist();
                })
                .call(concern -> outbox.publish(EventType.CONCERN_RAISED_V1, concern.child.id, raised(concern)))
                .call(concern -> auditLog.write(concern.child.id, "concern", "Bekymring registreret"))
                .map(ConcernView::of);
    }

    /** Reading a concern is a use of the child's data: it is audit-logged, hence the transaction. */
    @WithTransaction
    public Uni<ConcernView> find(UUID id) {
        return Concern.<Concern>find("from Concern c join fetch c.child where c.id = ?1", id).firstResult()
                .call(concern -> concern == null ? Uni.createFrom().voidItem()
                        : auditLog.read(concern.child.id, "concern", "Bekymring vist"))
                .map(concern -> concern == null ? null : ConcernView.of(concern));
    }

    private static ConcernRaisedV1 raised(Concern concern) {
        return new ConcernRaisedV1(concern.id, concern.child.id, concern.level.code(), concern.setting.code(),
                concern.observedOn, concern.recordedAt);
    }
}
