package dk.rodtraad.concern.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under the Content-Security-Policy (ADR 0008) a real browser submits a real form with its CSRF token, loads htmx
 * from /_static and is asked before logging out, and reports no policy violation on the console; a child's page
 * reaches it with the security headers; a form whose token was tampered with is refused in Danish, storing nothing.
 */
@QuarkusTest
@TestSecurity(user = "lise", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "laerer"))
class PageSecurityBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aFormWorksUnderTheContentSecurityPolicyWithoutAViolation() {
        Page page = chromium.newPage();
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));

        page.navigate(root + "sparring/ny");
        assertThat(page.locator("input[type=hidden][name=csrf-token]").first()).hasAttribute("value",
                java.util.regex.Pattern.compile(".{20,}"));
        page.getByLabel("Beskriv situationen").fill("En pige i 2. klasse kommer ofte for sent og virker træt.");
        page.getByLabel("Skole").check();
        page.getByLabel("Barnets alder i år").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bed om sparring")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sparringen er oprettet.");
        assertThat(page.locator(".rt-pre-line").first()).hasCSS("white-space", "pre-line");
        assertAccessible(page);

        // The page with htmx: the script from /_static runs, and injects no inline style.
        page.navigate(root + "bekymringer/ny");
        assertEquals(true, page.evaluate("typeof htmx !== 'undefined'"), "htmx loaded from /_static under the CSP");
        assertAccessible(page);

        // The layout's logout is a button; GET /logout only asks.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud"))).isVisible();
        page.navigate(root + "logout");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vil du logge ud?");
        assertAccessible(page);

        List<String> violations = console.stream().filter(line -> line.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations, "no CSP violation; console: " + console);
        page.close();
    }

    @Test
    void aChildsPageArrivesWithTheSecurityHeadersAndIsNotStored() {
        String childId = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Mia Bech", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        Page page = chromium.newPage();

        Response answer = page.navigate(root + "boern/" + childId);

        assertEquals(200, answer.status());
        Map<String, String> headers = answer.allHeaders();
        assertTrue(headers.get("content-security-policy").contains("frame-ancestors 'none'"), headers.toString());
        assertTrue(headers.get("content-security-policy").contains("script-src 'self'"), headers.toString());
        assertEquals("DENY", headers.get("x-frame-options"));
        assertEquals("nosniff", headers.get("x-content-type-options"));
        assertEquals("same-origin", headers.get("referrer-policy"));
        assertTrue(headers.get("cache-control").contains("no-store"), headers.toString());
        assertThat(page.locator("h1")).hasText("Mia Bech");
        page.close();
    }

    @Test
    void aFormWhoseTokenWasTamperedWithIsRefusedInDanishAndStoresNothing() {
        String situation = "En dreng i 4. klasse er holdt op med at spise frokost " + UUID.randomUUID();
        Page page = chromium.newPage();
        page.navigate(root + "sparring/ny");
        page.getByLabel("Beskriv situationen").fill(situation);
        page.getByLabel("Skole").check();
        page.getByLabel("Barnets alder i år").fill("10");
        page.locator("main form input[name=csrf-token]").first().evaluate("field => field.value = 'forfalsket'");

        Response answer = page.waitForResponse(response -> response.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bed om sparring")).click());

        assertEquals(403, answer.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Formularen er afvist");
        page.navigate(root + "sparring");
        assertThat(page.locator("main")).not().containsText(situation);
        page.close();
    }
}
