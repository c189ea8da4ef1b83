package dk.rodtraad.networkmeeting.fidelity.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.networkmeeting.fidelity.ChosenFidelityFacts;
import dk.rodtraad.networkmeeting.fidelity.Municipality;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.browser.Chromium;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;

/**
 * The leader opens the fidelity view from the start page in a real browser (Debian's chromium), reads the charts as
 * images with their numbers and the tables, and chooses another period with the keyboard; every page passes
 * axe-core's WCAG 2.1 A and AA rules.
 */
@QuarkusTest
class FidelityBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    ChosenFidelityFacts facts;

    @AfterEach
    void tablesAgain() {
        facts.reset();
    }

    @Test
    void theLeaderReadsTheChartsAndTablesAndChoosesAnotherPeriod() {
        facts.choose(Municipality.courses());
        Page page = chromium.newPage(new Browser.NewPageOptions().setExtraHTTPHeaders(
                Map.of("Authorization", "Bearer " + ServiceTokens.token("network-meeting-service", DemoUsers.LONE))));

        page.navigate(root.toString());
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se, hvor godt netværksmøderne følger"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Troskab mod Åben Dialog");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Hele kommunen, andele i procent")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Første møde inden for 24 timer, efter distrikt"))).isVisible();
        assertThat(page.locator("svg[data-diagram=distrikter] desc"))
                .hasText("Første møde inden for 24 timer, efter distrikt: Nord skjult; Syd 100\u00a0%; Vest for få.");
        assertThat(page.locator("table[data-distrikter] tbody tr")).hasCount(3);
        assertThat(page.locator("table[data-enheder] tbody tr")).hasCount(5);
        assertAccessible(page);

        page.getByLabel("Fra kvartal").selectOption("2026-K2");
        page.getByLabel("Til og med kvartal").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        assertThat(page.locator("[data-periode]")).containsText("1. april 2026");
        assertThat(page.getByLabel("Fra kvartal")).hasValue("2026-K2");
        assertAccessible(page);
        page.close();
    }
}
