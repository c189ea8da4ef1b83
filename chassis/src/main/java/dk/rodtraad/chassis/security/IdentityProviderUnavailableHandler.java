package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.oidc.OIDCException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When Keycloak cannot be reached, logging in fails before any resource runs. Without this handler that is a 500;
 * it is a 503 with a problem+json body that says what is wrong, so a client retries and an operator knows where to look.
 */
@ApplicationScoped
public class IdentityProviderUnavailableHandler {

    private final String body;

    public IdentityProviderUnavailableHandler(ObjectMapper json) throws JsonProcessingException {
        this.body = json.writeValueAsString(Problem.of(503, "Login er midlertidigt utilgængeligt",
                "Rød Tråd kan ikke nå login-tjenesten (Keycloak) lige nu. Prøv igen om lidt."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!causedByUnavailableProvider(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        context.response().setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", "10")
                .end(body);
    }

    private static boolean causedByUnavailableProvider(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
