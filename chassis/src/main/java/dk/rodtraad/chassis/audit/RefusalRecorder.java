package dk.rodtraad.chassis.audit;

import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records a request's refused attempts ({@link RefusalsToRecord}) once its answer is ready and before it goes out:
 * the request's own transaction has ended by then, so the record takes the only connection it needs, and a client
 * that has its 404 finds the refusal in the log.
 */
public class RefusalRecorder {

    private final AuditLog auditLog;

    RefusalRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @ServerResponseFilter
    public Uni<Void> recordRefusals() {
        return auditLog.recordKeptRefusals();
    }
}
