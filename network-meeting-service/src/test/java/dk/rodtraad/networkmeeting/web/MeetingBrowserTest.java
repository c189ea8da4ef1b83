package dk.rodtraad.networkmeeting.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static dk.rodtraad.testkit.browser.Chromium.assertReflows;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A health nurse starts a course at a mother's call, plans the first meeting in the home and records it, in a real
 * browser (Debian's chromium), by keyboard where a keyboard user would; every page on the way must pass axe-core's
 * WCAG 2.1 A and AA rules.
 */
@QuarkusTest
@TestSecurity(user = HANNE, roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class MeetingBrowserTest {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aHealthNursePlansTheFirstMeetingAndRecordsIt() {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        LocalDateTime now = LocalDateTime.now(DANISH).truncatedTo(ChronoUnit.MINUTES);
        Page page = chromium.newPage();

        page.navigate(root + "boern/" + child + "/forloeb/nyt");
        assertAccessible(page);
        page.getByLabel("Hvornår kom henvendelsen").fill(now.minusHours(3).toString());
        page.getByLabel("En forælder").check();
        page.getByLabel("Hvad handlede henvendelsen om").fill("Mor ringede: Emil græder om morgenen.");
        page.getByLabel("Peter Nielsen (pædagog)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start forløbet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Forløbet er startet.");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planlæg et møde")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlæg mødet")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der er problemer med det, du har skrevet");
        assertEquals("fejlresume-titel", page.evaluate("document.activeElement.getAttribute('aria-labelledby')"),
                "the error summary takes the focus, so a screen reader reads it first");
        assertAccessible(page);
        page.getByLabel("Mødet begynder").fill(now.minusHours(1).toString());
        page.getByLabel("Mødet slutter").fill(now.toString());
        page.getByLabel("I hjemmet").check();
        page.getByLabel("Mor", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Mor", new Page.GetByLabelOptions().setExact(true)).press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planlæg mødet")).press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mødet er planlagt.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Hent invitationen til kalenderen (.ics)"))).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv referat")).click();
        assertAccessible(page);
        page.locator("#f-perspectivesRole").selectOption(new SelectOption().setLabel("Mor"));
        page.locator("#f-perspectivesWords").fill("Morgenerne er svære for os alle.");
        page.locator("#f-perspectivesRole-1").selectOption(new SelectOption().setLabel("Sundhedsplejerske"));
        page.locator("#f-perspectivesWords-1").fill("Emil sover dårligt og er træt om morgenen.");
        page.getByLabel("Hvordan blev barnets stemme hørt").selectOption(new SelectOption().setLabel("Tegning"));
        page.getByLabel("Barnets egen stemme").fill("Tegnede sig selv alene ved lågen.");
        page.getByLabel("Åbent spørgsmål 1").fill("Hvordan går aftenerne?");
        page.locator("#f-agreementsWhat").fill("Mor skriver ned, hvordan morgenerne går, i en uge.");
        page.locator("#f-agreementsCarrier").selectOption(new SelectOption().setLabel("Mor"));
        page.locator("#f-agreementsDueOn").fill(now.toLocalDate().plusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem referatet")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Referatet er gemt.");
        assertThat(page.locator("main")).containsText("Morgenerne er svære for os alle.");
        assertThat(page.locator("main")).containsText("Tegnede sig selv alene ved lågen.");
        assertThat(page.locator("#aftaler-titel + table")).containsText("Mor skriver ned");
        assertAccessible(page);

        page.navigate(root + "forloeb/" + page.url().replaceAll(".*/forloeb/([^/?#]+).*", "$1"));
        assertReflows(page); // the core team's and the agreements' tables stack their cells on a phone
        assertThat(page.locator("#aftaler-titel + table td[data-title=Frist]")).isVisible();
        assertAccessible(page);
        page.close();
    }
}
