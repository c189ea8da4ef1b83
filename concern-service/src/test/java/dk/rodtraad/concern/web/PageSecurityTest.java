package dk.rodtraad.concern.web;

import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.consultation.Consultation;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.concern.web.Forms.withoutToken;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The page kit's security (ADR 0008), with tokens Keycloak issued: the headers on a child's page and on an API
 * answer, a form without its CSRF token or from another site refused with nothing stored, and GET /logout asking
 * instead of logging out.
 */
@QuarkusTest
class PageSecurityTest {

    /** What a browser asks for when it sends a form. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aChildsPageAndAnApiAnswerCarryTheSecurityHeadersAndAreNotStored() {
        var created = as(HANNE).body(concern(uniqueCpr(), "Ella Bruun", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201);
        securityHeaders(created);
        String childId = created.extract().path("childId");
        String concernId = created.extract().path("id");

        securityHeaders(as(HANNE).when().get("/boern/{id}", childId).then().statusCode(200)
                .body(containsString("Ella Bruun")));
        securityHeaders(as(HANNE).when().get("/concerns/{id}", concernId).then().statusCode(200).contentType("application/json"));
        // A refusal carries them too.
        securityHeaders(as(HANNE).when().get("/boern/{id}", UUID.randomUUID()).then().statusCode(404));

        // The stylesheet holds no data: it may be cached, but is still nosniff.
        as(HANNE).when().get("/rodtraad/rodtraad.css").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void aFormWithoutItsTokenIsRefusedInDanishAndNothingIsStored() throws Throwable {
        long before = stored();
        String situation = "Uden token " + UUID.randomUUID();

        refusedForm(withoutToken(HANNE).formParam("situation", situation).formParam("setting", "skole")
                .formParam("childAgeYears", "9").when().post("/sparring/ny").then());
        // A token of its own making, without the cookie the service set, is no better.
        refusedForm(withoutToken(HANNE).formParam(FormToken.NAME, "AAAAAAAAAAAAAAAAAAAAAA")
                .formParam("situation", situation).formParam("setting", "skole").formParam("childAgeYears", "9")
                .when().post("/sparring/ny").then());
        // Nor is a cookie and a field that do not match.
        FormToken token = FormToken.fetch(as(HANNE));
        withoutToken(HANNE).cookie(FormToken.NAME, token.value())
                .formParam(FormToken.NAME, new StringBuilder(token.value()).reverse().toString())
                .formParam("situation", situation).formParam("setting", "skole").formParam("childAgeYears", "9")
                .when().post("/sparring/ny").then().statusCode(403);

        // An API client that sends its body as a form is told so in problem+json, not with the page.
        withoutToken(HANNE).formParam("situation", situation).when()
                .post("/children/{child}/team/requests/{request}/decline", UUID.randomUUID(), UUID.randomUUID())
                .then().statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Formularen er afvist"), "detail", containsString("application/json"));

        assertEquals(before, stored());
        as(HANNE).when().get("/sparring").then().body(not(containsString(situation)));

        // The same form with its token goes through.
        form(HANNE, Map.of("situation", situation, "setting", "skole", "childAgeYears", "9"))
                .when().post("/sparring/ny").then().statusCode(303);
        as(HANNE).when().get("/sparring").then().body(containsString(situation));
    }

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefusedBeforeTheResourceRuns() throws Throwable {
        long before = stored();
        String situation = "Fra en anden side " + UUID.randomUUID();
        Map<String, String> fields = Map.of("situation", situation, "setting", "skole", "childAgeYears", "9");

        form(HANNE, fields).header("Origin", "http://evil.example").accept(BROWSER).when().post("/sparring/ny")
                .then().statusCode(403).contentType("text/html")
                .body(allOf(containsString("<h1>Afvist</h1>"), containsString(
                        "Forespørgslen kom fra en anden hjemmeside end Rød Tråd og er afvist. Intet er gemt.")));
        form(HANNE, fields).header("Origin", "null").when().post("/sparring/ny").then().statusCode(403);
        form(HANNE, fields).header("Referer", "http://evil.example/side").when().post("/sparring/ny").then()
                .statusCode(403);
        // An API call from another site is refused alike; one without Origin or Referer (an API client) is not.
        as(HANNE).header("Origin", "http://evil.example").body(concern(uniqueCpr(), "Ole Lund", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Afvist"), "detail", containsString("en anden hjemmeside"));
        assertEquals(before, stored());

        String own = root.getProtocol() + "://" + root.getAuthority();
        form(HANNE, fields).header("Origin", own).when().post("/sparring/ny").then().statusCode(303);
        form(HANNE, fields).header("Referer", own + "/sparring/ny").when().post("/sparring/ny").then()
                .statusCode(303);
    }

    /**
     * Behind the site's ingress, which ends TLS and passes the request on over HTTP with X-Forwarded-Proto and -Host:
     * the login sends the browser back to the address it used, and a form from that address is the service's own.
     */
    @Test
    void behindTheSitesProxyTheLoginAndTheFormsUseTheAddressTheBrowserUsed() throws Throwable {
        String publicAddress = "https://bekymringer.kommune.example";
        var login = given().redirects().follow(false)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "bekymringer.kommune.example")
                .when().get("/bekymringer").then().statusCode(302);
        login.header("Location", containsString("redirect_uri=" + URLEncoder.encode(publicAddress + "/bekymringer",
                StandardCharsets.UTF_8)));
        login.header("Set-Cookie", containsString("Secure"));

        long before = stored();
        Map<String, String> fields = Map.of("situation", "Bag kommunens proxy " + UUID.randomUUID(),
                "setting", "skole", "childAgeYears", "9");
        form(HANNE, fields).header("Origin", publicAddress).when().post("/sparring/ny").then().statusCode(403);
        assertEquals(before, stored(), "without the proxy's headers the public address is another site");
        form(HANNE, fields).header("Origin", publicAddress).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "bekymringer.kommune.example").when().post("/sparring/ny").then()
                .statusCode(303);
        assertEquals(before + 1, stored());
    }

    @Test
    void getLogoutAsksInsteadOfLoggingOut() {
        as(HANNE).redirects().follow(false).when().get("/logout").then().statusCode(303)
                .header("Location", "/log-ud").header("Content-Security-Policy", containsString("frame-ancestors"));
        as(HANNE).when().get("/log-ud").then().statusCode(200)
                .body(allOf(containsString("<h1>Vil du logge ud?</h1>"),
                        containsString("<form action=\"/logout\" method=\"post\""),
                        containsString("name=\"" + FormToken.NAME + "\"")));
        // Every page's logout is a POST form with the token, not a link.
        as(HANNE).when().get("/bekymringer").then().statusCode(200)
                .body(allOf(containsString("<form class=\"log-off\" action=\"/logout\" method=\"post\">"),
                        not(containsString("href=\"/logout\""))));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self';"), containsString("style-src 'self';"),
                        containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
                        containsString("base-uri 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("Cache-Control", equalTo("no-store"));
    }

    private static void refusedForm(ValidatableResponse response) {
        response.statusCode(403).contentType("text/html")
                .body(allOf(containsString("<h1>Formularen er afvist</h1>"), containsString("Intet er gemt.")));
    }

    private static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Consultation.count()
                .chain(consultations -> Child.count().map(children -> consultations + children))));
    }
}
