package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * What every Rød Tråd service promises from day one, checked against the real PostgreSQL, Kafka and Keycloak:
 * open health, metrics and OpenAPI; everything else behind a Keycloak login with PKCE and a role check; a Danish
 * start page. A service's test extends this with {@code @QuarkusTest}.
 */
public abstract class WalkingSkeletonTests {

    /** The service's OIDC client, e.g. {@code network-meeting-service}. */
    protected abstract String clientId();

    /** Words the Danish start page must show, e.g. {@code Netværksmøder}. */
    protected abstract String startPageTitle();

    /** Whether the service keeps a replica of the children's timelines. */
    protected abstract boolean keepsTimeline();

    /**
     * Whether any professional may read any child's timeline. No service does since ADR 0006: each shows a child only
     * to those concern-service let see it, so a child nobody was granted reads as "not found".
     */
    protected boolean opensEveryTimeline() {
        return false;
    }

    @Test
    void healthCoversTheDatabaseAndKafkaAndAnswersWithoutLogin() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void metricsAndTheOpenApiDocumentAnswerWithoutLogin() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("rodtraad_outbox_unsent"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."));
    }

    @Test
    void theStartPageGreetsTheLoggedInProfessionalInDanish() {
        given().auth().oauth2(token(DemoUsers.HANNE)).when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"da\">"))
                .body(containsString(startPageTitle()))
                .body(containsString("Velkommen, Hanne"));
    }

    @Test
    void aBrowserWithoutASessionIsSentToKeycloakWithPkce() {
        given().redirects().follow(false).when().get("/").then().statusCode(302)
                .header("Location", containsString("/realms/rodtraad/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=" + clientId()))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void aForgedTokenIsRefused() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .when().get("/").then().statusCode(401);
    }

    @Test
    void theChildTimelineIsServedOnlyWhereAReplicaIsKept() {
        var response = given().auth().oauth2(token(DemoUsers.HANNE))
                .when().get("/children/{id}/timeline", UUID.randomUUID()).then();
        if (keepsTimeline() && opensEveryTimeline()) {
            response.statusCode(200).body("$", hasSize(0));
        } else {
            // No replica, or a child the professional may not see: both read as "not found".
            response.statusCode(404).contentType("application/problem+json");
        }
    }

    /**
     * The chassis's rules for input at the edge hold in every service (docs/architecture.md, "Input at the edge"):
     * a control character in the address, a form whose encoding is broken, an address too long are refused at once
     * as problem+json, before any resource or login.
     */
    @Test
    void badInputIsRefusedAtTheEdgeAsProblemJson() {
        problem(impatient(given().urlEncodingEnabled(false)).when().get("/?q=leg%00e").then(), 400, "q");
        problem(impatient(given()).contentType("application/x-www-form-urlencoded").body("tekst=%ZZ")
                .when().post("/").then(), 400, "tekst");
        problem(impatient(given()).queryParam("q", "a".repeat(5000)).when().get("/").then(), 414);
    }

    private String token(String user) {
        return ServiceTokens.token(clientId(), user);
    }
}
