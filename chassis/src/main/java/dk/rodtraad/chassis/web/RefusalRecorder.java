package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.audit.AuditLog;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records a request's refused attempts (audit's {@code RefusalsToRecord}) once its answer is ready and before it
 * goes out: the request's own transaction has ended by then, so the record takes the only connection it needs, and a
 * client that has its 404 finds the refusal in the log.
 * <p>
 * A refusal that cannot be recorded — the pool too busy to take one more waiter, the database away — changes the
 * answer to what that failure gets anywhere else ({@link RefusalMappers#failed}: a 503 with Retry-After): an attempt
 * is never answered without being logged, and the exception mappers do not see a response filter's failure, which
 * would otherwise go out as a bare 500.
 */
public class RefusalRecorder {

    private final AuditLog auditLog;
    private final RefusalMappers mappers;

    RefusalRecorder(AuditLog auditLog, RefusalMappers mappers) {
        this.auditLog = auditLog;
        this.mappers = mappers;
    }

    @ServerResponseFilter
    public Uni<Void> recordRefusals(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource) {
        return auditLog.recordKeptRefusals()
                .onFailure().recoverWithItem(failure -> {
                    answerInstead(response, mappers.failed(failure, resource, request.getAcceptableMediaTypes()));
                    return null;
                });
    }

    private static void answerInstead(ContainerResponseContext response, Response instead) {
        response.setStatus(instead.getStatus());
        instead.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(instead.getEntity(), null, instead.getMediaType());
    }
}
