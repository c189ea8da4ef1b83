package dk.rodtraad.concern.child.web;

import dk.rodtraad.chassis.time.DanishDates;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.Staff.token;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;

/**
 * The case team on the child's page in a real browser (Debian's chromium), with the demo realm's own identities (the
 * browser sends a token Keycloak issued): a member finds a colleague in the directory by name and by discipline and
 * adds them on the parents' consent; a professional outside the team with her own concern sees whom to contact, asks
 * to join on a ground, and is accepted. Every page on the way must pass axe-core's WCAG 2.1 A and AA rules.
 */
@QuarkusTest
class CaseTeamBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aMemberFindsAColleagueByNameAndByDisciplineAndAddsHimOnTheParentsConsent() {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Asger Lund", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        Page page = pageOf(HANNE);
        page.navigate(root + "boern/" + childId);
        assertAccessible(page);

        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Mølgaard");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        Locator kasper = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("Kasper Mølgaard (klubmedarbejder)"));
        assertThat(kasper).isVisible();
        assertAccessible(page);

        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByLabel("Faglighed", new Page.GetByLabelOptions().setExact(true)).selectOption("klubmedarbejder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        assertThat(kasper).isVisible();
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(1);

        kasper.check();
        page.getByLabel("Grundlag").selectOption("samtykke");
        String today = LocalDate.now(DanishDates.MUNICIPALITY).toString();
        page.getByLabel("Samtykket givet den").fill(today);
        page.getByLabel("Samtykket givet til").fill("Hanne Holm, sundhedsplejerske");
        page.getByLabel("Samtykket omfatter").fill("Trivsel i klubben");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj kollegaen")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kollegaen er tilføjet sagsteamet.");
        Locator row = page.locator("#sagsteam-titel ~ table tbody tr", new Page.LocatorOptions().setHasText("Kasper"));
        assertThat(row.locator("td").nth(0)).hasText("Kasper Mølgaard");
        assertThat(row.locator("td").nth(1)).hasText("klubmedarbejder");
        assertThat(row.locator("td").nth(2)).hasText("Forældrenes samtykke: givet "
                + DanishDates.date(LocalDate.parse(today)) + " til Hanne Holm, sundhedsplejerske om Trivsel i klubben");
        assertAccessible(page);
        page.close();
    }

    @Test
    void aProfessionalWithHerOwnConcernAsksToJoinAndIsAcceptedWithTheTovholder() {
        String cpr = uniqueCpr();
        String childId = as(HANNE).body(concern(cpr, "Birk Thomsen", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        as(LISE).body(concern(cpr, "Birk Thomsen", "red", "skole")).when().post("/concerns").then().statusCode(201);

        Page lise = pageOf(LISE);
        lise.navigate(root + "boern/" + childId);
        assertThat(lise.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Barnet har et sagsteam")))
                .isVisible();
        assertThat(lise.locator("main")).containsText("Hanne Holm");
        assertThat(lise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("hanne@rodtraad.example")))
                .isVisible();
        assertThat(lise.locator("#tidslinje-titel")).hasCount(0);
        assertAccessible(lise);

        lise.getByLabel("Grundlag").selectOption("tidlig-forebyggende-indsats");
        lise.getByLabel("Besked til sagsteamet (valgfri)").fill("Jeg er hans klasselærer.");
        lise.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bed om at komme med")).click();
        assertThat(lise.getByRole(AriaRole.STATUS)).hasText("Din anmodning om at komme med i sagsteamet er sendt.");
        assertAccessible(lise);

        Page hanne = pageOf(HANNE);
        hanne.navigate(root + "boern/" + childId);
        Locator request = hanne.locator("li", new Page.LocatorOptions().setHasText("beder om at komme med"));
        assertThat(request).containsText("Lise Berg (lærer) beder om at komme med");
        assertThat(request).containsText("«Jeg er hans klasselærer.»");
        assertAccessible(hanne);
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Imødekom Lise Berg")).click();
        assertThat(hanne.getByRole(AriaRole.ALERT).first()).containsText("Hvem skal være tovholder?");
        assertAccessible(hanne);
        request = hanne.locator("li", new Page.LocatorOptions().setHasText("beder om at komme med"));
        request.getByLabel("Hvem skal være tovholder?").selectOption("hanne");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Imødekom Lise Berg")).click();
        assertThat(hanne.getByRole(AriaRole.STATUS))
                .hasText("Anmodningen er imødekommet: fagpersonen er med i sagsteamet.");
        assertAccessible(hanne);

        lise.reload();
        assertThat(lise.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Birk Thomsen");
        assertThat(lise.locator("#tidslinje-titel")).isVisible();
        assertThat(lise.locator("main")).containsText(cpr);
        assertThat(lise.locator("#sagsteam-titel ~ table")).containsText("Lise Berg");
        assertAccessible(lise);
        hanne.close();
        lise.close();
    }

    private Page pageOf(String user) {
        return chromium.newPage(new Browser.NewPageOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token(user))));
    }
}
