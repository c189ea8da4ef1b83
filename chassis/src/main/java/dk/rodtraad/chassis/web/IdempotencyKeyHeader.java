package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * The {@code Idempotency-Key} header as a client sent it, whole: an operation reads one value, so two of them, or one
 * that is empty, would otherwise pass unseen (the first taken, an empty one read as none), and the request be made
 * under another key than the client meant. Refused for every operation alike, before the operation reads anything.
 */
public class IdempotencyKeyHeader {

    static final String ONE_KEY = "Send én nøgle pr. forespørgsel";

    @ServerRequestFilter
    public void oneKeyAtMost(ContainerRequestContext request) {
        List<String> keys = request.getHeaders().get(IdempotencyKey.HEADER);
        if (keys == null || keys.isEmpty()) {
            return;
        }
        if (keys.size() > 1) {
            throw new InvalidInputException(IdempotencyKey.HEADER, ONE_KEY);
        }
        IdempotencyKey.parse(IdempotencyKey.HEADER, keys.getFirst());
    }
}
