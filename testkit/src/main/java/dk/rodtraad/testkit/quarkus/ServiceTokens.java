package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.TokenCache;
import dk.rodtraad.testkit.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens the real Keycloak issues to a demo user through the service under test's own client. */
public final class ServiceTokens {

    private static final Map<String, TokenCache> REUSED = new ConcurrentHashMap<>();

    public static String token(String clientId, String user) {
        return Tokens.password(realmUrl(), clientId, DemoClients.secret(clientId), user, DemoUsers.PASSWORD);
    }

    /** As {@link #token}, one token per client and user reused while it lives: a test of many requests asks once. */
    public static String reused(String clientId, String user) {
        return REUSED.computeIfAbsent(realmUrl(), TokenCache::demoUsers).token(clientId, user);
    }

    private static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private ServiceTokens() {
    }
}
