package dk.rodtraad.concern.authority.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.Staff.token;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;

/**
 * The authority's caseworker goes from an underretning to the child's page, read-only, in a real browser (Debian's
 * chromium), which must pass axe-core's WCAG 2.1 A and AA rules. Unlike the other browser tests the identities are
 * the demo realm's own: a teacher notifies, and the browser sends the caseworker's token, so the caseworker is the
 * authority and nothing else.
 */
@QuarkusTest
class AuthorityChildPageBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCaseworkerReadsTheNotifiedChildsPageWithoutTheCaseTeamsForms() {
        var recorded = as(LISE).body(concern(uniqueCpr(), "Ulla Vinter", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        String id = as(LISE).body(notice()).when().post("/concerns/{id}/notification", recorded.<String>path("id"))
                .then().statusCode(201).extract().path("id");
        Page page = chromium.newPage(new Browser.NewPageOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token(METTE))));

        page.navigate(root + "myndighed/underretninger/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ulla Vinter").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ulla Vinter");
        assertThat(page.locator("#bekymringer-titel + article")).containsText("Rød Bekymring");
        assertThat(page.locator("main form")).hasCount(0);
        // The way back to the inbox: the main menu's.
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indbakke").setExact(true)))
                .isVisible();
        assertAccessible(page);
        page.close();
    }
}
