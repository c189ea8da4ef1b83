package dk.rodtraad.chassis.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A refresh that Keycloak refused is a login that has ended; one it could not be asked is a Keycloak that is away.
 * The failures have the shapes Quarkus OIDC 3.33 gives them (seen on the running stack; {@code WebLoginIT} meets them
 * against Keycloak itself).
 */
class IdentityProviderAnswerTest {

    private static final String SESSION_NOT_ACTIVE =
            "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}";

    @Test
    void keycloakRefusingTheRefreshEndedTheSession() {
        var refused = new AuthenticationFailedException(new OIDCException(SESSION_NOT_ACTIVE));
        assertTrue(IdentityProviderAnswer.endedTheSession(refused));
        assertFalse(IdentityProviderAnswer.unreachable(refused), "Keycloak answered");
    }

    @Test
    void otherAnswersOfKeycloakDoNotEndTheSession() {
        assertFalse(IdentityProviderAnswer.endedTheSession(new AuthenticationFailedException(
                new OIDCException("{\"error\":\"invalid_client\"}"))), "the service's own secret is wrong");
        assertFalse(IdentityProviderAnswer.endedTheSession(new OIDCException("Error status:502")));
        assertFalse(IdentityProviderAnswer.endedTheSession(new OIDCException("OIDC Server is not available")));
        assertFalse(IdentityProviderAnswer.endedTheSession(new OIDCException("{\"error\": 4}")));
        assertFalse(IdentityProviderAnswer.endedTheSession(new OIDCException("{not json")));
        assertFalse(IdentityProviderAnswer.endedTheSession(new AuthenticationFailedException()));
    }

    @Test
    void noAnswerFromKeycloakIsUnreachable() {
        assertTrue(IdentityProviderAnswer.unreachable(new AuthenticationFailedException(
                new NullPointerException("The supplier returned `null`"))), "Quarkus OIDC's lost network failure");
        assertTrue(IdentityProviderAnswer.unreachable(new AuthenticationFailedException(
                new ConnectException("Connection refused"))));
        assertTrue(IdentityProviderAnswer.unreachable(new AuthenticationFailedException(new RuntimeException(
                new TimeoutException("The timeout period of 10000ms has been exceeded")))));
    }

    @Test
    void otherLoginFailuresAreNotAKeycloakAway() {
        assertFalse(IdentityProviderAnswer.unreachable(new AuthenticationFailedException()),
                "the refresh token had expired: nothing was asked");
        assertFalse(IdentityProviderAnswer.unreachable(new AuthenticationFailedException(
                new NullPointerException("Cannot invoke \"String.length()\""))), "a fault, not Keycloak");
        assertFalse(IdentityProviderAnswer.unreachable(new NullPointerException("The supplier returned `null`")),
                "not a login's failure");
    }
}
