package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Access tokens the real Keycloak issues to a demo user through the service under test's own client. */
public final class ServiceTokens {

    public static String token(String clientId, String user) {
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return Tokens.password(realmUrl, clientId, DemoClients.secret(clientId), user, DemoUsers.PASSWORD);
    }

    private ServiceTokens() {
    }
}
