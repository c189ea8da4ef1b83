package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.RefreshToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;

/**
 * How long a page's login lasts ({@code inject:loginSession} in the layout, and {@code GET /session}): until the
 * refresh token in the page's session expires. Keycloak sets that expiry to the end of its own session, the realm's
 * SSO idle timeout (60 minutes) after the last refresh, or its maximum lifespan if sooner; after it the next request
 * is sent to the login and a form sent then is lost. The layout's {@code session.js} warns the user before it
 * (WCAG 2.2.1, "Timing adjustable"). And how long its tokens last: once they have expired, the next request refreshes
 * them with Keycloak, so {@code session.js} asks {@code /session} before it sends a form then (a Keycloak that is away,
 * or a login Keycloak has ended, would otherwise take the form with it).
 *
 * <p>The token comes from the session cookie Quarkus OIDC encrypted, so its payload is read without checking its
 * signature: only Keycloak can use it, and Keycloak checks it.
 */
@Named("loginSession")
@ApplicationScoped
public class LoginSession {

    private final RefreshToken refreshToken;
    private final IdTokenCredential idToken;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    LoginSession(RefreshToken refreshToken, IdTokenCredential idToken, ObjectMapper json) {
        this(refreshToken, idToken, json, Clock.systemUTC());
    }

    LoginSession(RefreshToken refreshToken, IdTokenCredential idToken, ObjectMapper json, Clock clock) {
        this.refreshToken = refreshToken;
        this.idToken = idToken;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Seconds until the page's tokens expire, never below 0; null without a page's login. Quarkus OIDC refreshes the
     * tokens when the ID token in the session has expired (Keycloak gives it the access token's lifespan).
     */
    public Long tokensSecondsLeft() {
        return secondsLeft() == null ? null : secondsUntilExpiry(idToken.getToken());
    }

    /** Seconds until the login ends, never below 0; null without a page's login (a bearer token, no expiry). */
    public Long secondsLeft() {
        return secondsUntilExpiry(refreshToken.getToken());
    }

    /** Seconds until the JWT's {@code exp}, never below 0; null if it is no JWT or has no expiry. */
    private Long secondsUntilExpiry(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            var expiry = json.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp");
            if (!expiry.canConvertToLong() || expiry.asLong() == 0) {
                return null;
            }
            return Math.max(0, expiry.asLong() - clock.instant().getEpochSecond());
        } catch (IOException | IllegalArgumentException notAJwt) {
            return null;
        }
    }
}
