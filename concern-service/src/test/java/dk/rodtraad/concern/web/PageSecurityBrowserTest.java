package dk.rodtraad.concern.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Under the Content-Security-Policy (ADR 0008) a real browser submits a real form with its CSRF token, loads htmx
 * from /_static and is asked before logging out, and reports no policy violation on the console.
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
}
