package dk.rodtraad.chassis.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** When Keycloak cannot be reached, a call that needs a login is a 503 that says so, not a 500. */
@QuarkusTest
@TestProfile(IdentityProviderUnavailableTest.KeycloakAway.class)
class IdentityProviderUnavailableTest {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) on loopback: nothing answers there.
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/rodtraad");
        }
    }

    @Test
    void answers503ProblemJsonWhenKeycloakIsAway() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJoYW5uZSJ9.c2lnbmF0dXJl")
                .when().get("/children/{id}/timeline", UUID.randomUUID())
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("status", equalTo(503));
    }

    @Test
    void healthStillAnswers() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
