package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.Causes;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import java.io.IOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * What a login that failed tells of Keycloak: it refused the page's session, or it could not be asked. The two need
 * opposite answers. A session Keycloak has ended before its time (the user logged out in another service, an
 * administrator ended it) is a login that has ended: the page goes to the login, its scripts get a 401. A Keycloak that
 * cannot be reached when a page's tokens need refreshing is a login that cannot be checked now: a 503, to be tried
 * again, and not a way to a login page that is away too (which lost the form being sent).
 */
final class IdentityProviderAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Keycloak answered a token refresh with OAuth's {@code invalid_grant} (RFC 6749, section 5.2: the refresh token
     * is "invalid, expired, revoked" or its session is gone; Keycloak says "Session not active"). Quarkus OIDC fails
     * with an {@link OIDCException} whose message is Keycloak's answer as it came.
     */
    static boolean endedTheSession(Throwable failure) {
        return Causes.of(failure).filter(OIDCException.class::isInstance)
                .anyMatch(oidc -> "invalid_grant".equals(oauthError(oidc.getMessage())));
    }

    /**
     * No answer came from Keycloak: a connection refused or reset or not made in time (Netty's and the JDK's are
     * {@link SocketException}s), a name not found, or no answer within the connection timeout
     * ({@link IdentityProviderTimeout}). When Quarkus OIDC 3.33 gives up on a request to the token endpoint it
     * replaces the failure by the failure's cause ({@code onFailure().transform(Throwable::getCause)} in
     * {@code OidcProviderClientImpl}), which a network failure does not have, so Mutiny fails with a
     * {@link NullPointerException} saying a function "returned {@code null}", and the network failure is lost: that
     * too is a Keycloak that did not answer. {@code WebLoginIT} freezes Keycloak to see that this still holds.
     */
    static boolean unreachable(Throwable failure) {
        return Causes.of(failure).anyMatch(cause -> cause instanceof SocketException
                || cause instanceof UnknownHostException || cause instanceof TimeoutException
                || cause instanceof NullPointerException npe && cameFromTheTokenRequest(failure, npe));
    }

    private static boolean cameFromTheTokenRequest(Throwable failure, NullPointerException npe) {
        return failure instanceof AuthenticationFailedException && failure.getCause() == npe
                && npe.getMessage() != null && npe.getMessage().contains("returned `null`");
    }

    /** The {@code error} of an OAuth error answer ({@code {"error": "invalid_grant", ...}}), else null. */
    private static String oauthError(String answer) {
        if (answer == null || !answer.startsWith("{")) {
            return null;
        }
        try {
            JsonNode error = JSON.readTree(answer).get("error");
            return error != null && error.isTextual() ? error.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private IdentityProviderAnswer() {
    }
}
