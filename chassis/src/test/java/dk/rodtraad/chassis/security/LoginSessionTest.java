package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.RefreshToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A page's login lasts until its refresh token's {@code exp}; without such a token there is no end to tell. */
class LoginSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theLoginEndsWhenTheRefreshTokenExpires() {
        assertEquals(3600L, left(jwt("{\"typ\":\"Refresh\",\"exp\":" + (NOW.getEpochSecond() + 3600) + "}")));
    }

    @Test
    void anEndedLoginHasNoSecondsLeftNotFewerThanNone() {
        assertEquals(0L, left(jwt("{\"exp\":" + (NOW.getEpochSecond() - 5) + "}")));
    }

    @Test
    void withoutAnExpiringRefreshTokenThereIsNoEnd() {
        assertNull(left(null), "a bearer token's request");
        assertNull(left(jwt("{\"typ\":\"Offline\",\"exp\":0}")), "an offline token");
        assertNull(left(jwt("{\"typ\":\"Refresh\"}")));
        assertNull(left("opaque-refresh-token"));
        assertNull(left("a.b%.c"), "not Base64");
        assertNull(left(jwt("not json")));
    }

    @Test
    void theTokensLastUntilTheIdTokenExpiresWhileThereIsALogin() {
        String refresh = jwt("{\"typ\":\"Refresh\",\"exp\":" + (NOW.getEpochSecond() + 3600) + "}");
        assertEquals(240L, tokensLeft(refresh, jwt("{\"exp\":" + (NOW.getEpochSecond() + 240) + "}")));
        assertEquals(0L, tokensLeft(refresh, jwt("{\"exp\":" + (NOW.getEpochSecond() - 3) + "}")),
                "expired: the next request refreshes them");
        assertNull(tokensLeft(null, jwt("{\"exp\":" + (NOW.getEpochSecond() + 240) + "}")),
                "a bearer token's request has no login to keep");
    }

    private static Long tokensLeft(String refreshToken, String idToken) {
        return new LoginSession(new RefreshToken(refreshToken), new IdTokenCredential(idToken), new ObjectMapper(),
                Clock.fixed(NOW, ZoneOffset.UTC)).tokensSecondsLeft();
    }

    private static Long left(String token) {
        return new LoginSession(new RefreshToken(token), new IdTokenCredential(), new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC))
                .secondsLeft();
    }

    private static String jwt(String payload) {
        var base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
