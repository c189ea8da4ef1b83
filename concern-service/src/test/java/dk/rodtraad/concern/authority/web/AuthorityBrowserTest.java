package dk.rodtraad.concern.authority.web;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An underretning reaches the authority's inbox, and the caseworker takes its three steps through the forms in a
 * real browser (Debian's chromium); every page on the way must pass axe-core's WCAG 2.1 A and AA rules.
 * {@code @TestSecurity} gives every request of the test, the browser's too, one identity; it holds both roles
 * (with a teacher's discipline), so the test can send the notification as a professional and then work on it as the
 * authority.
 */
@QuarkusTest
@TestSecurity(user = "mette", roles = {"myndighed", "fagperson"})
@OidcSecurity(claims = @Claim(key = "profession", value = "laerer"))
class AuthorityBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCaseworkerAssessesSendsTheReceiptAndDecidesTheOutcomeThroughTheForms() {
        given().contentType(ContentType.JSON).body(noticeAbout(uniqueCpr(), "Nora Vinter"))
                .when().post("/notifications").then().statusCode(201);
        Page page = chromium.newPage();

        page.navigate(root.toString());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indbakke med underretninger")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Indbakke med underretninger");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nora Vinter")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Underretning om Nora Vinter");
        assertThat(page.locator("main")).containsText("Barnet fortæller, at far slår");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem hastevurderingen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vælg vurderingen: akut eller ikke akut");
        assertEquals("fejlresume-titel", page.evaluate("document.activeElement.getAttribute('aria-labelledby')"),
                "the error summary takes the focus, so a screen reader reads it first");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Kræver underretningen akut handling?: Vælg vurderingen: akut eller ikke akut")).click();
        assertEquals("f-urgency", page.evaluate("document.activeElement.id"), "the summary's link leads to the field");
        page.keyboard().press("Space");
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hastevurderingen er gemt.");
        assertThat(page.locator("main")).containsText("Hastevurdering: Akut");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kvitteringen er sendt")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kvitteringen er registreret som sendt.");

        page.getByLabel("Børnefaglig undersøgelse (§ 20)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem udfaldet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Udfaldet er gemt.");
        assertThat(page.locator("main")).containsText("Udfald: Børnefaglig undersøgelse (§ 20)");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Til indbakken")).click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Nora Vinter")))
                .containsText("Udfald: Børnefaglig undersøgelse (§ 20)");
        assertAccessible(page);
        page.close();
    }
}
