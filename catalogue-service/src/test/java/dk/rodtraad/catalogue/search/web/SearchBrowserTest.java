package dk.rodtraad.catalogue.search.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's search on a laptop's screen (1366×900): the first result shows without scrolling, the filters fold
 * away, and a long list goes on to its next page.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class SearchBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WebFixtures fixtures;

    @Test
    void theFirstResultIsAboveTheFoldAndTheListGoesOnOnPageTwo() throws Throwable {
        fixtures.publishedMany(25);
        Page page = chromium.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));

        page.navigate(root + "katalog");
        var first = page.locator("#resultater .nobullet-list > li").first();
        assertThat(first).isVisible();
        double top = ((Number) first.evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        assertTrue(top < 600, "the first result starts " + top + " px down, below the fold of a 900 px screen");
        assertThat(page.locator("#resultater .nobullet-list > li")).hasCount(20);
        assertThat(page.locator("summary", new Page.LocatorOptions().setHasText("Afgræns søgningen"))).isVisible();
        assertThat(page.getByLabel("Barnets alder (år)")).isHidden();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Næste side")).click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]side=2.*"));
        assertThat(page.locator(".pagination-mobile")).hasText(Pattern.compile("Side 2 af \\d+"));
        assertThat(page.locator("#resultater .nobullet-list > li").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forrige side"))).isVisible();
        assertAccessible(page);

        page.locator("summary", new Page.LocatorOptions().setHasText("Afgræns søgningen")).click();
        assertThat(page.getByLabel("Barnets alder (år)")).isVisible();
        page.close();
    }
}
