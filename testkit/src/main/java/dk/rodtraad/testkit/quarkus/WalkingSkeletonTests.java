package dk.rodtraad.testkit.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every Rød Tråd service promises from day one, checked against the real PostgreSQL, Kafka and Keycloak:
 * open health and OpenAPI, metrics on the management port; everything else behind a Keycloak login with PKCE and a
 * role check; a Danish start page. A service's test extends this with {@code @QuarkusTest}.
 */
public abstract class WalkingSkeletonTests {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** What Chromium sends when it opens a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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

    /**
     * Prometheus scrapes the management interface, a port of its own that the ingress does not route (ADR 0036); the
     * public port has no metrics, for a stranger nor for a logged-in professional.
     */
    @Test
    void metricsAnswerOnTheManagementPortOnly() {
        given().when().get(metrics).then().statusCode(200).body(containsString("rodtraad_outbox_unsent"))
                .body(containsString("rodtraad_hibernate_query_plans"));
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(token(DemoUsers.HANNE)).when().get("/q/metrics").then().statusCode(404)
                .body(not(containsString("rodtraad_outbox_unsent")));
    }

    /** On the public port, beside the API it describes: an integrator needs them, and a browser shows them. */
    @Test
    void theOpenApiDocumentAndItsSwaggerUiAnswerWithoutLogin() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
    }

    /**
     * The API's document describes the API and only the API, every operation in full (ApiDocumentCheck), with the
     * login of the realm this service trusts (docs/api.md).
     */
    @Test
    void theOpenApiDocumentDescribesEveryOperationOfTheApiInFull() throws Exception {
        JsonNode document = document("/q/openapi");
        assertFalse(document.path("paths").isEmpty(), "the document lists no operation");
        assertEquals(List.of(), ApiDocumentCheck.faults(document));
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        JsonNode login = document.path("components").path("securitySchemes").path("keycloak");
        assertEquals("openIdConnect", login.path("type").asText());
        assertEquals(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration",
                login.path("openIdConnectUrl").asText());
    }

    /**
     * The document says who may call each operation as the service checks it (DocumentedRoles): Quarkus 3.33 leaves
     * the roles of a method a resource inherits out of the document, which called ten of catalogue-service's
     * operations public until they named their roles for the document too (quarkusio/quarkus#54312).
     */
    @Test
    void everyOperationIsGuardedAsTheDocumentSays() throws Exception {
        assertEquals(List.of(), DocumentedRoles.faults(document("/q/openapi"), clientId()));
    }

    /** The pages' document says the same of every page, and the bad-input corpus chooses its users by it. */
    @Test
    void everyPageIsGuardedAsItsDocumentSays() throws Exception {
        assertEquals(List.of(), DocumentedRoles.faults(document("/q/openapi-pages"), clientId()));
    }

    /** The pages are described apart, for the system tests that send every request a service takes. */
    @Test
    void thePagesAreDescribedApartFromTheApi() throws Exception {
        JsonNode pages = document("/q/openapi-pages");
        var notPages = new ArrayList<String>();
        pages.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean html = operation.getValue().path("responses").properties().stream()
                    .anyMatch(response -> response.getValue().path("content").has("text/html"));
            if (!html) {
                notPages.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), notPages, "operations that answer no HTML belong in /q/openapi");
        assertTrue(pages.path("paths").has("/"), "the start page is not listed");
    }

    private static JsonNode document(String path) throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").when().get(path + "?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theStartPageGreetsTheLoggedInProfessionalInDanish() {
        given().auth().oauth2(token(DemoUsers.HANNE)).when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"da\">"))
                .body(containsString(startPageTitle()))
                .body(containsString("Velkommen, Hanne"));
    }

    /**
     * A user whose role this part does not let in at all (a bookmark, a link passed on) is shown the way to the parts
     * their role opens, not this part's menu nor a link to its start page, which would refuse them again.
     */
    @Test
    void aUserThisPartDoesNotAdmitIsShownTheWayToTheirOwnParts() {
        boolean catalogue = clientId().equals("catalogue-service");
        String outsider = catalogue ? DemoUsers.DORTE : DemoUsers.KARIN;
        String theirPart = catalogue ? "Bekymringer" : "Indsatskatalog";
        given().auth().oauth2(token(outsider)).accept("text/html").when().get("/").then().statusCode(403)
                .body(containsString("<h1>Ingen adgang</h1>"))
                .body(containsString("<p>Din rolle giver adgang til disse dele af Rød Tråd:</p>"))
                .body(containsString(">" + theirPart + "</a></li>"))
                .body(not(containsString("Tilbage til forsiden")))
                .body(not(containsString("href=\"/\"")))
                .body(not(containsString("class=\"navigation-menu\"")));
    }

    @Test
    void aBrowserWithoutASessionIsSentToKeycloakWithPkce() {
        given().redirects().follow(false).accept(BROWSER_ACCEPT).when().get("/").then().statusCode(302)
                .header("Location", containsString("/realms/rodtraad/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=" + clientId()))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void anApiCallWithoutATokenIsAskedForOneInProblemJsonNotRedirected() {
        given().redirects().follow(false).accept("application/json")
                .when().get("/children/{id}/timeline", UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401)).body("title", equalTo("Login kræves"));
    }

    @Test
    void aForgedTokenIsRefused() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .when().get("/").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    /**
     * An unsigned token ({@code alg: none}) that claims everything a real one would. Checking it needs nothing from
     * Keycloak, so the answer is 401 (not 503 "login unavailable", which was Keycloak being asked to introspect it),
     * on a public path too: a request that brings bad credentials is refused wherever it goes.
     */
    @Test
    void anUnsignedTokenIsRefusedEverywhere() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + realm + "\",\"aud\":\"" + clientId() + "\",\"sub\":\"mallory\","
                + "\"preferred_username\":\"" + DemoUsers.HANNE + "\",\"exp\":" + (now + 600) + ",\"iat\":" + now
                + ",\"realm_access\":{\"roles\":[\"fagperson\",\"admin\"]}}";
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims) + ".";
        for (String path : new String[] {"/", "/children/" + UUID.randomUUID() + "/timeline", "/q/health/ready"}) {
            given().auth().oauth2(unsigned).accept("application/json").when().get(path).then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aTokenIssuedForAnotherServiceIsRefused() {
        String other = clientId().equals("concern-service") ? "catalogue-service" : "concern-service";
        String foreign = Tokens.password(ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class),
                other, DemoClients.secret(other), DemoUsers.HANNE, DemoUsers.PASSWORD);
        given().auth().oauth2(foreign).accept("application/json")
                .when().get("/children/{id}/timeline", UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
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
