package dk.rodtraad.concern.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages stand on Det Fælles Designsystem (ADR 0009): the chassis jar serves DKFDS's stylesheet, fonts and script
 * at /dkfds/, the pages load them under the Content-Security-Policy without a single refusal, and on a 390 px phone
 * the authority's inbox reflows into cards (DKFDS's responsive table) and the header's menu opens to the user and
 * the logout, all passing axe-core's WCAG 2.1 A and AA rules.
 */
@QuarkusTest
@TestSecurity(user = "mette", roles = {"myndighed", "fagperson"})
@OidcSecurity(claims = @Claim(key = "profession", value = "laerer"))
class DesignSystemBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void theChassisServesTheDesignSystemFromNpm() {
        given().when().get("/dkfds/css/dkfds.min.css").then().statusCode(200)
                .contentType(startsWith("text/css")).body(containsString(".form-group"));
        given().when().get("/dkfds/js/dkfds.min.js").then().statusCode(200);
        given().when().get("/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2").then().statusCode(200);
        given().when().get("/rodtraad/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"));
    }

    @Test
    void theInboxReflowsOnAPhoneAndTheHeaderMenuOpensUnderTheContentSecurityPolicy() {
        given().contentType(ContentType.JSON).body(noticeAbout(uniqueCpr(), "Ida Lund"))
                .when().post("/notifications").then().statusCode(201);
        Page page = chromium.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        // Every refusal by the CSP is a console error; a file missing is a failed response (the page names its icon,
        // so the browser does not ask for a /favicon.ico that no service has).
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
                refused.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                refused.add(response.status() + " " + response.url());
            }
        });

        page.navigate(root + "myndighed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Indbakke med underretninger");
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('main table thead')).display"),
                "DKFDS's responsive table hides the column heads on a phone");
        assertEquals("block", page.evaluate("getComputedStyle(document.querySelector('main table td')).display"),
                "and stacks each row's cells, each under its data-title");
        assertEquals(Boolean.TRUE, page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"IBM Plex Sans\"'))"),
                "DKFDS's font loads from /dkfds/fonts (font-src 'self')");
        assertAccessible(page);
        // For a person to look at: what the inbox looks like on a phone.
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/indbakke-390px.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        assertThat(page.locator(".mobile-drawer")).containsText("mette");
        assertThat(page.locator(".mobile-drawer").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log ud")))
                .isVisible();
        assertAccessible(page);
        assertTrue(refused.isEmpty(), "no refusal by the Content-Security-Policy, no file missing: " + refused);
        page.close();
    }
}
