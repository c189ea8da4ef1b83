package dk.rodtraad.concern.recording.web;

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
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A health nurse records a concern through the form in a real browser (Debian's chromium), by keyboard where a
 * keyboard user would, and finds it on the child's page and in her overview; every page on the way must pass
 * axe-core's WCAG 2.1 A and AA rules. The identity of {@code @TestSecurity}, with the discipline claim of
 * {@code @OidcSecurity}, covers the browser's requests as well.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class ConcernBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aHealthNurseRecordsAConcernThroughTheFormAndSeesItOnTheChildsPage() {
        String sign = signInForce();
        String cpr = uniqueCpr();
        Page page = chromium.newPage();

        page.navigate(root + "bekymringer/ny");
        assertAccessible(page);
        page.keyboard().press("Tab");
        assertEquals("Gå til indhold", page.evaluate("document.activeElement.textContent"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér bekymringen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der er problemer med det, du har skrevet");
        assertAccessible(page);
        assertEquals("fejlresume-titel", page.evaluate("document.activeElement.getAttribute('aria-labelledby')"),
                "the error summary takes the focus, so a screen reader reads it first");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Barnets navn: Angiv barnets navn")).click();
        assertEquals("f-childName", page.evaluate("document.activeElement.id"), "the summary's link leads to the field");

        page.keyboard().type("Karla Bech");
        page.getByLabel("CPR-nummer").fill(cpr);
        page.locator("input[name=signs][value='" + sign + "']").check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Gul"))).check();
        page.getByLabel("Akut: fare for barnet eller mistanke om overgreb").check();
        page.getByLabel("Dagtilbud").check();
        page.getByLabel("Hvad har du set?").fill("Græder ved aflevering og leger alene hele formiddagen.");
        page.getByLabel("Ja, forældrene er inddraget").check();
        page.getByLabel("Hvordan?").selectOption("moede");
        page.getByLabel("Forældrenes perspektiv").fill("Far er også bekymret.");
        page.getByLabel("Hvordan blev barnet hørt?").selectOption("samtale");
        page.getByLabel("Barnets perspektiv").fill("Siger, at hun savner mor.");
        page.getByLabel("Barnets perspektiv").press("Tab");
        assertEquals("Registrér bekymringen", page.evaluate("document.activeElement.textContent"),
                "the button is reached by keyboard");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bekymringen er registreret.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Karla Bech");
        assertThat(page.locator("#bekymringer-titel + article")).containsText("Gul Bekymring");
        assertThat(page.locator("#bekymringer-titel + article")).containsText("Græder ved aflevering");
        assertThat(page.locator("main")).containsText(cpr);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine børn og bekymringer")).first().click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Karla Bech")).first()).isVisible();
        assertAccessible(page);
        page.close();
    }
}
