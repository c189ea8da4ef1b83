package dk.rodtraad.chassis.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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

    /**
     * A browser opening a page is told in Danish, on a page, not in JSON: what a nurse meets when the services have
     * started before Keycloak (a site starting again), until Keycloak answers.
     */
    @Test
    void aBrowserOpeningAPageIsToldOnADanishPage() {
        given().redirects().follow(false)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/probe/identity")
                .then().statusCode(503)
                .contentType("text/html")
                .header("Retry-After", "10")
                .body(containsString("<html lang=\"da\">"))
                .body(containsString("<h1>Login er midlertidigt utilgængeligt</h1>"))
                .body(containsString("Prøv igen om lidt."));
    }

    @Test
    void healthStillAnswers() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
