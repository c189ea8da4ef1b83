package dk.rodtraad.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A demo user's token from a service's client, renewed well before it expires (the realm's tokens live 15 minutes),
 * for a load that runs longer than one token does.
 */
final class FreshToken implements Supplier<String> {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(5);

    private final BenchSystem bench;
    private final String service;
    private final String user;
    private String token;
    private Instant issued;

    FreshToken(BenchSystem bench, String service, String user) {
        this.bench = bench;
        this.service = service;
        this.user = user;
        this.token = bench.token(service, user);
        this.issued = Instant.now();
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(issued.plus(RENEW_AFTER))) {
            try {
                token = bench.token(service, user);
                issued = Instant.now();
            } catch (IllegalStateException e) {
                // Keycloak did not answer this once: the old token has ten minutes left, and the next request retries.
            }
        }
        return token;
    }
}
