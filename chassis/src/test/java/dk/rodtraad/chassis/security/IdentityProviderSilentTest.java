package dk.rodtraad.chassis.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A Keycloak that takes the connection and never answers (frozen, overloaded, a proxy holding the line) is, once the
 * connection timeout has passed, a Keycloak that is away: 503 problem+json, not a request that waits for ever.
 */
@QuarkusTest
@TestProfile(IdentityProviderSilentTest.KeycloakSilent.class)
class IdentityProviderSilentTest {

    /** Longer than the profile's 2-second timeout by far; without a bound the request would wait until this. */
    private static final int CLIENT_GIVES_UP_MILLIS = 30_000;

    public static class KeycloakSilent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", SilentServer.URL + "/realms/rodtraad",
                    "quarkus.oidc.connection-timeout", "2s");
        }
    }

    @Test
    void aBearerTokenIsAnswered503WhenKeycloakNeverAnswers() {
        patient().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJoYW5uZSJ9.c2lnbmF0dXJl")
                .when().get("/children/{id}/timeline", UUID.randomUUID())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("Login er midlertidigt utilgængeligt"));
    }

    @Test
    void aPageIsAnswered503WhenKeycloakNeverAnswers() {
        patient().redirects().follow(false).header("Accept", "text/html")
                .when().get("/probe/identity")
                .then().statusCode(503)
                .contentType("text/html")
                .body(containsString("Login er midlertidigt utilgængeligt"));
    }

    private static RequestSpecification patient() {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", CLIENT_GIVES_UP_MILLIS)));
    }

    /** Accepts every connection on loopback and keeps it open without a byte in answer. */
    private static final class SilentServer {
        static final String URL;
        private static final List<Socket> HELD = new ArrayList<>();

        static {
            try {
                var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                URL = "http://127.0.0.1:" + server.getLocalPort();
                Thread.ofPlatform().daemon().name("silent-keycloak").start(() -> {
                    while (true) {
                        try {
                            HELD.add(server.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
