package dk.rodtraad.chassis.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** How long a verified token's identity is kept: until shortly before the token expires, never past the max age. */
class VerifiedTokensLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aTokenOfFifteenMinutesIsKeptForTheMaxAge() {
        assertEquals(NOW.plus(Duration.ofMinutes(5)),
                VerifiedTokens.Kept.until(NOW.plus(Duration.ofMinutes(15)), NOW, Duration.ofMinutes(5)));
    }

    @Test
    void aTokenNearItsEndIsKeptUntilTenSecondsBeforeIt() {
        assertEquals(NOW.plusSeconds(50), VerifiedTokens.Kept.until(NOW.plusSeconds(60), NOW, Duration.ofMinutes(5)));
    }

    @Test
    void aTokenInItsLastSecondsOrAMaxAgeOfZeroKeepsNothing() {
        assertFalse(VerifiedTokens.Kept.until(NOW.plusSeconds(5), NOW, Duration.ofMinutes(5)).isAfter(NOW));
        assertFalse(VerifiedTokens.Kept.until(NOW.plus(Duration.ofMinutes(15)), NOW, Duration.ZERO).isAfter(NOW));
    }
}
