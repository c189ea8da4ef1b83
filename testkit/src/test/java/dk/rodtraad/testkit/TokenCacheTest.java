package dk.rodtraad.testkit;

import dk.rodtraad.testkit.Tokens.AccessToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TokenCacheTest {

    private static final Duration LIFESPAN = Duration.ofMinutes(15);

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final List<String> issued = new ArrayList<>();
    private final TokenCache cache = new TokenCache((client, user) -> {
        String value = client + "/" + user + "/" + issued.size();
        issued.add(value);
        return new AccessToken(value, now.plus(LIFESPAN));
    }, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aUserAsksKeycloakOncePerClientWhileTheTokenLives() {
        String first = cache.token("concern-service", "hanne");
        now = now.plus(LIFESPAN).minus(TokenCache.MARGIN).minusSeconds(1);

        assertEquals(first, cache.token("concern-service", "hanne"));
        assertNotEquals(first, cache.token("followup-service", "hanne"), "each client has its own token");
        assertNotEquals(first, cache.token("concern-service", "mette"), "each user has their own token");
        assertEquals(3, issued.size());
    }

    @Test
    void aTokenIsRenewedAMinuteBeforeItExpiresSoALongRunNeverSendsAnExpiredOne() {
        String first = cache.token("concern-service", "hanne");
        now = now.plus(LIFESPAN).minus(TokenCache.MARGIN);

        String renewed = cache.token("concern-service", "hanne");

        assertNotEquals(first, renewed);
        assertEquals(List.of(first, renewed), issued);
        now = now.plus(LIFESPAN).minus(TokenCache.MARGIN).minusSeconds(1);
        assertEquals(renewed, cache.token("concern-service", "hanne"), "the renewed token is kept in its turn");
    }

    /** Keycloak refuses a user's overlapping logins when brute-force protection is on, so no two logins overlap. */
    @Test
    void workSideBySideAsksKeycloakForOneTokenAtATime() {
        var asking = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var slowKeycloak = new TokenCache((client, user) -> {
            mostAtOnce.accumulateAndGet(asking.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            asking.decrementAndGet();
            return new AccessToken(client + "/" + user, Instant.now().plus(LIFESPAN));
        }, Clock.systemUTC());

        SideBySide.run("asking for tokens", List.of("concern-service", "followup-service", "catalogue-service",
                "network-meeting-service").stream().map(client -> (Runnable) () -> slowKeycloak.token(client, "lise"))
                .toList());

        assertEquals(1, mostAtOnce.get());
    }
}
