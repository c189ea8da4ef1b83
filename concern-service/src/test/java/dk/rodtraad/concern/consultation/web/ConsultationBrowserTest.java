package dk.rodtraad.concern.consultation.web;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A teacher asks for anonymous sparring and adds a note to its history in a real browser (Debian's chromium), by
 * keyboard where a keyboard user would; every page on the way must pass axe-core's WCAG 2.1 A and AA rules. The
 * identity of {@code @TestSecurity}, with the discipline claim of {@code @OidcSecurity}, covers the browser's
 * requests as well.
 */
@QuarkusTest
@TestSecurity(user = "lise", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "laerer"))
class ConsultationBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aTeacherAsksForSparringWithoutNamingTheChildAndAddsANote() {
        Page page = chromium.newPage();

        page.navigate(root + "bekymringer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anonym sparring")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Anonym sparring");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bed om anonym sparring")).click();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bed om sparring")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der er problemer med det, du har skrevet");
        assertEquals("fejlresume-titel", page.evaluate("document.activeElement.getAttribute('aria-labelledby')"),
                "the error summary takes the focus, so a screen reader reads it first");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Beskriv situationen: Beskriv situationen uden at nævne barnets navn")).click();
        assertEquals("f-situation", page.evaluate("document.activeElement.id"), "the summary's link leads to the field");

        page.keyboard().type("En dreng i 5. klasse har mange blå mærker og siger, at han er faldet.");
        page.getByLabel("Skole").check();
        page.getByLabel("Barnets alder i år").fill("11");
        page.getByLabel("Barnets alder i år").press("Tab");
        assertEquals("Bed om sparring", page.evaluate("document.activeElement.textContent"),
                "the button is reached by keyboard");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sparringen er oprettet.");
        assertThat(page.locator("main")).containsText("har mange blå mærker");
        assertAccessible(page);

        page.getByLabel("Din note").fill("Talt med skolens AKT-lærer: observér en uge mere.");
        page.getByLabel("Din note").press("Tab");
        assertEquals("Tilføj noten", page.evaluate("document.activeElement.textContent"));
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Noten er tilføjet.");
        assertThat(page.locator("#historik-titel + ol")).containsText("observér en uge mere");
        assertAccessible(page);
        page.close();
    }
}
