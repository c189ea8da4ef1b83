package dk.rodtraad.chassis.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * What the pages' {@code session.js} asks when the user types or chooses "Forbliv logget ind": the request refreshes
 * the page's expired tokens on its way (and with them Keycloak's session), and answers how long the login now lasts.
 * A session that has ended is answered by Quarkus OIDC with the way to the login (a 302; a request without a session
 * cookie gets {@link ApiChallenge}'s 401). Not in the API's document: a bearer token has no login session to keep.
 */
@Cancellable(false)
@Path("/session")
@Authenticated
public class LoginSessionResource {

    /** Seconds until the login ends and until its tokens expire; both null for a bearer token. */
    public record Left(Long secondsLeft, Long tokensSecondsLeft) {
    }

    private final LoginSession session;

    LoginSessionResource(LoginSession session) {
        this.session = session;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Left left() {
        return new Left(session.secondsLeft(), session.tokensSecondsLeft());
    }
}
