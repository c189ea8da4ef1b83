package dk.rodtraad.catalogue.intervention.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue in a real browser (Debian's chromium, which the test fails without: see {@link Chromium}): the
 * editor creates and publishes an intervention through the forms, then finds it with the live search, by keyboard
 * where a keyboard user would; every page on the way must pass axe-core's WCAG 2.1 A and AA rules. The test identity of {@code @TestSecurity} covers the browser's requests
 * as well as RestAssured's.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class CatalogueBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void anEditorCreatesAndPublishesAnInterventionThatTheLiveSearchThenFinds() {
        String name = "Browserforløb " + unique("x").substring(2);
        Page page = chromium.newPage();

        page.navigate(root + "katalog/ny");
        assertAccessible(page);
        page.keyboard().press("Tab");
        assertEquals("Gå til indhold", page.evaluate("document.activeElement.textContent"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret som udkast")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der er problemer med det, du har skrevet");
        assertAccessible(page);
        assertEquals("fejlresume-titel", page.evaluate("document.activeElement.getAttribute('aria-labelledby')"),
                "the error summary takes the focus, so a screen reader reads it first");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Navn: Angiv et navn")).click();
        assertEquals("f-name", page.evaluate("document.activeElement.id"), "the summary's link leads to the field");

        page.getByLabel("Kode", new Page.GetByLabelOptions().setExact(true)).fill(unique("browser"));
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Kort beskrivelse").fill("Samtaler for børn, der er ængstelige.");
        page.getByLabel("Uddybende beskrivelse").fill("Barnet og forældrene mødes med en psykolog seks gange.");
        page.getByLabel("Evidensniveau").selectOption("lovende");
        page.getByLabel("Alder fra (år)").fill("6");
        page.getByLabel("Alder til (år)").fill("12");
        page.getByLabel("Ængstelig").check();
        page.getByLabel("Type").selectOption("raadgivning");
        page.getByLabel("Sekundær forebyggelse").check();
        page.getByLabel("Trin på Indsatstrappen").selectOption("2");
        page.getByLabel("Afdeling").fill("PPR");
        page.getByLabel("Forankring").selectOption("specialpaedagogik");
        page.getByLabel("Lovgrundlag").fill("Folkeskoleloven § 12");
        page.getByLabel("Familien kan selv henvende sig").check();
        page.getByLabel("Ventetid (uger)").fill("2");
        page.getByLabel("Kontakt", new Page.GetByLabelOptions().setExact(true)).fill("PPR, tlf. 70 20 30 40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret som udkast")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Indsatsen er oprettet som udkast");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offentliggør")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Status er nu: Offentliggjort.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versionshistorik")).click();
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertAccessible(page);

        page.navigate(root + "katalog");
        page.getByLabel("Fritekst").pressSequentially(name);
        assertThat(page.locator("#antal")).hasText("1 indsats fundet");
        assertThat(page.locator("#resultater")).containsText(name);
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=Browserforl.*"));
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertAccessible(page);

        page.navigate(root + "katalog/forslag");
        page.getByLabel("Barnets alder (år)").fill("8");
        page.getByLabel("Ængstelig").check();
        page.getByLabel("Barnets alder (år)").press("Enter");
        assertThat(page.locator("main ol.nobullet-list")).containsText(name);
        assertAccessible(page);

        page.navigate(root + "katalog/import");
        assertAccessible(page);
        page.close();
    }

    /**
     * The live search's answer that does not come is told, not left as if the results shown were the answer: here a
     * search longer than an address may be (refused with a 414 before the service reads it); a service or a network
     * away is told the same way. The next answer takes the notice away.
     */
    @Test
    void aLiveSearchThatGetsNoAnswerSaysSoUntilOneComes() {
        Page page = chromium.newPage();
        page.navigate(root + "katalog");
        Locator notice = page.locator("[data-part-failed-notice]");
        assertThat(notice).hasCount(0);

        page.getByLabel("Fritekst").fill("angst ".repeat(800));
        assertThat(notice).isVisible();
        assertThat(notice).hasText(Pattern.compile("Siden kunne ikke opdateres lige nu.*"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Prøv igen om lidt");
        assertAccessible(page);

        page.getByLabel("Fritekst").fill("angst");
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=angst(&.*)?$"));
        assertThat(notice).hasCount(0);
        page.close();
    }
}
