package dk.rodtraad.catalogue.family.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A parent, not logged in, in a real browser: finds help by own words, opens it, and reads the Vejviser; every page
 * must pass axe-core's WCAG 2.1 A and AA rules and be usable by keyboard.
 */
@QuarkusTest
class FamilyBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WebFixtures fixtures;

    @Test
    void aParentFindsHelpOpensItAndReadsTheVejviserWithoutLoggingIn() throws Throwable {
        String name = "Familiebrowser " + unique("x").substring(2);
        Intervention published = fixtures.inStatus(intervention(unique("familie-browser"), name), PUBLISHED);
        Page page = chromium.newPage();

        page.navigate(root + "familie");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Find hjælp til jeres barn");
        assertThat(page.getByText("Log ud")).hasCount(0);
        assertAccessible(page);
        page.keyboard().press("Tab");
        assertEquals("Gå til indhold", page.evaluate("document.activeElement.textContent"));

        // The browser keeps a number field from taking letters; an address typed by hand can still carry them.
        page.navigate(root + "familie?age=otte&soeg=ja");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv barnets alder som et helt tal fra 0 til 25");
        assertAccessible(page);

        page.getByLabel("Barnets alder (år)").fill("9");
        page.getByLabel("Ængstelig").check();
        page.getByLabel("Hvad leder I efter?").fill(name);
        page.getByLabel("Hvad leder I efter?").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vi fandt 1 tilbud.");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.locator("main")).containsText("PPR, tlf. 70 20 30 40");
        assertThat(page.locator("main")).not().containsText("Folkeskoleloven");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vejviseren for forældre")).click();
        assertAccessible(page);
        // Other tests publish Vejvisers of their own: take the first sign the one in force speaks of.
        Locator sign = page.locator("main a[href^='/familie/vejviser?tegn=']").first();
        String signName = sign.textContent();
        sign.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(signName);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(FamilyPagesTest.LOOK_FOR)).first())
                .isVisible();
        assertAccessible(page);

        page.navigate(root + "familie/indsatser/" + published.id + "0");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Siden findes ikke");
        assertAccessible(page);
        page.close();
    }
}
