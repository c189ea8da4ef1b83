package dk.rodtraad.concern;

import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Requests as the demo realm's professionals, with tokens Keycloak issued: each carries the user's real discipline,
 * so one test can follow several disciplines working on one child.
 */
public final class Staff {

    /** Well inside the realm's token lifespan. */
    private static final Duration REUSE = Duration.ofMinutes(1);
    private static final Map<String, Map.Entry<Instant, String>> TOKENS = new ConcurrentHashMap<>();

    private Staff() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    /** The user's access token, for a client other than RestAssured (a browser sends it as a header). */
    public static String token(String user) {
        return TOKENS.compute(user, (name, known) -> known != null && known.getKey().isAfter(Instant.now())
                ? known : Map.entry(Instant.now().plus(REUSE), issue(name))).getValue();
    }

    private static String issue(String user) {
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return Tokens.password(realmUrl, "concern-service", DemoClients.secret("concern-service"), user,
                DemoUsers.PASSWORD);
    }
}
