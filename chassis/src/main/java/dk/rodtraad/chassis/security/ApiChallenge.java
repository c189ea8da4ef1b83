package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.EdgeRefusal;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Who is asked to log in, and how, when a request comes without a token or session. A browser opening a page is sent
 * to Keycloak's login (OIDC's code flow, the next mechanism); every other request — an API call, a script, an htmx
 * request whose session cookie has expired — gets a 401 problem+json saying that a bearer token is needed, instead of
 * a redirect to an HTML login form it cannot fill in. (A token that fails, and a session cookie whose tokens Keycloak
 * will no longer refresh, are {@link LoginFailures}'.)
 *
 * <p>This mechanism authenticates nobody: it only answers the challenge, before OIDC's, when the request is not a
 * page request.
 */
@ApplicationScoped
public class ApiChallenge implements HttpAuthenticationMechanism {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final String noToken;

    public ApiChallenge(ObjectMapper json) throws JsonProcessingException {
        this.noToken = json.writeValueAsString(Problem.of(401, "Login kræves",
                "Kaldet kræver et adgangstoken fra Rød Tråds login-tjeneste (Authorization: Bearer …)."));
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (isPageRequest(context)) {
            return Uni.createFrom().item(false);
        }
        context.response().setStatusCode(401)
                .putHeader(WWW_AUTHENTICATE, "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(noToken);
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Answers before OIDC's code flow, which would redirect every request to the login form. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    /**
     * A browser opening a page: no token, and HTML is what it prefers, by the rule every refusal before a resource
     * follows ({@link EdgeRefusal#prefersPage(RoutingContext)}). Browsers put {@code text/html} first when they
     * navigate; API clients and htmx do not.
     */
    static boolean isPageRequest(RoutingContext context) {
        return !context.request().headers().contains(HttpHeaders.AUTHORIZATION) && EdgeRefusal.prefersPage(context);
    }
}
