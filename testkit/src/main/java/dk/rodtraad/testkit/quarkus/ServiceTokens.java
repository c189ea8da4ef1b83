package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens the real Keycloak issues to a demo user through the service under test's own client. */
public final class ServiceTokens {

    /** Well inside the realm's token lifespan. */
    private static final Duration REUSE = Duration.ofMinutes(1);
    private static final Map<String, Map.Entry<Instant, String>> REUSED = new ConcurrentHashMap<>();

    public static String token(String clientId, String user) {
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return Tokens.password(realmUrl, clientId, DemoClients.secret(clientId), user, DemoUsers.PASSWORD);
    }

    /** As {@link #token}, one token per client and user reused for a minute: a test of many requests asks once. */
    public static String reused(String clientId, String user) {
        return REUSED.compute(clientId + " " + user, (key, known) -> known != null && known.getKey().isAfter(Instant.now())
                ? known : Map.entry(Instant.now().plus(REUSE), token(clientId, user))).getValue();
    }

    private ServiceTokens() {
    }
}
