package dk.rodtraad.chassis.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Without a token or session, a request that asks for HTML first is a browser opening a page and is sent to
 * Keycloak's login; every other request gets a 401 problem+json asking for a bearer token. Real Keycloak, the
 * chassis's own application.
 */
@QuarkusTest
class ApiChallengeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "text/html",
            "TEXT/HTML",
            "text/html;q=0.9",
            "text/html, */*",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    void aPageRequestIsSentToTheLogin(String accept) {
        given().redirects().follow(false).header("Accept", accept)
                .when().get("/probe/identity")
                .then().statusCode(302)
                .header("Location", containsString("/realms/rodtraad/protocol/openid-connect/auth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "application/json, text/html", "text/*"})
    void anyOtherRequestIsAskedForABearerToken(String accept) {
        given().redirects().follow(false).header("Accept", accept)
                .when().get("/probe/identity")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("title", equalTo("Login kræves"));
    }
}
