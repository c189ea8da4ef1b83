package dk.rodtraad.followup.web;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.followup.PlanFixtures.as;
import static dk.rodtraad.followup.PlanFixtures.childOnTheTeamOf;
import static dk.rodtraad.followup.PlanFixtures.form;
import static dk.rodtraad.followup.PlanFixtures.planOf;
import static dk.rodtraad.followup.PlanFixtures.rating;
import static dk.rodtraad.followup.PlanFixtures.session;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static dk.rodtraad.testkit.browser.Chromium.assertReflows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A health nurse enters a session's scores for a child of nine and her mother by keyboard alone — into the first item,
 * then typing and tabbing through the sixteen items in the page's one tab order, Enter to save — and reads the graph
 * and the table beside it, in a real browser (Debian's chromium); every page on the way must pass axe-core's WCAG 2.1
 * A and AA rules.
 */
@QuarkusTest
@TestSecurity(user = HANNE, roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class SessionBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aHealthNurseEntersASessionByKeyboardAndReadsTheGraph() {
        UUID child = childOnTheTeamOf(HANNE);
        String plan = planOf(HANNE, child, "2017-03", TODAY.minusDays(21));
        as(HANNE).body(session(TODAY.minusDays(14), rating("barn", form("cors", 5, 5, 5, 5), form("csrs", 9, 9, 9, 9)),
                        rating("forælder", form("ors", 5, 5, 5, 5), null)))
                .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        Page page = chromium.newPage();

        page.navigate(root + "planer/" + plan);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér en session")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Registrér en session")))
                .isVisible();
        assertAccessible(page);

        page.getByLabel("CORS, punkt 1", new Page.GetByLabelOptions().setExact(true)).focus();
        Keyboard keys = page.keyboard();
        // The child's CORS and CSRS, then the mother's ORS and SRS: sixteen numbers, one tab order.
        String[] items = {"7", "6.5", "7", "7.5", "9", "9.5", "10", "9", "6", "6", "7", "6", "8", "8", "9", "9"};
        for (int i = 0; i < items.length; i++) {
            keys.type(items[i]);
            if (i < items.length - 1) {
                keys.press("Tab");
            }
        }
        assertEquals("f-foraelder-alliance-4", page.evaluate("document.activeElement.id"),
                "the sixteen items follow one another in the tab order");
        keys.press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sessionen er gemt.");
        var childTable = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Scorerne bag grafen: Barnet/den unge"));
        assertThat(childTable.getByRole(AriaRole.ROW).nth(2)).containsText(DanishDates.date(TODAY));
        assertThat(childTable.getByRole(AriaRole.ROW).nth(2)).containsText("28,0");
        assertThat(childTable.getByRole(AriaRole.ROW).nth(2)).containsText("37,5");
        var graph = page.getByRole(AriaRole.IMG).first();
        assertThat(graph).isVisible();
        String described = (String) graph.evaluate("svg => svg.querySelector('desc').textContent");
        assertTrue(described.contains("Session 2: trivsel 28,0, samarbejde 37,5"), "the graph's description says the totals: " + described);
        assertThat(page.locator("main")).containsText("Klinisk grænse for CORS: 32");
        assertAccessible(page);

        assertReflows(page); // the scores' tables stack their cells on a phone
        assertAccessible(page);
        page.navigate(root + "planer");
        assertReflows(page); // and so does the list of her plans
        assertAccessible(page);
        page.close();
    }
}
