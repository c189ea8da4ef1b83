package dk.rodtraad.catalogue.intervention.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static dk.rodtraad.testkit.browser.Chromium.assertReflows;
import static io.restassured.RestAssured.given;

/**
 * The katalogredaktør in a real browser: decides a pair of look-alike interventions, changes the shape of the shared
 * language's draft, and edits and publishes the Vejviser, with the errors on the way; every page must pass axe-core's
 * WCAG 2.1 A and AA rules.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class EditorBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WebFixtures fixtures;

    @Test
    void theEditorMergesALookAlikePair() throws Throwable {
        String method = unique("Browsermetode");
        var first = intervention(unique("browser-par"), "Browserpar A " + unique("a").substring(2));
        first.put("method", method);
        var second = intervention(unique("browser-par"), "Browserpar B " + unique("b").substring(2));
        second.put("method", method);
        second.put("department", "Familiecentret");
        // Not the fixtures' shared description, which makes every PPR fixture look like every other department's:
        // a search by the method would then find more than a page of pairs, and ours might not be on the first.
        String description = unique("Browserforløb mærket");
        first.put("shortDescription", description);
        second.put("shortDescription", description);
        Intervention kept = fixtures.inStatus(first, PUBLISHED);
        Intervention merged = fixtures.inStatus(second, PUBLISHED);
        Page page = chromium.newPage();

        page.navigate(root + "katalog/dobbeltindsatser");
        // Every test's interventions look like many others in the shared database: the editor finds our pair by its
        // method, and the section names both of ours.
        page.getByLabel("Find par").fill(method);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis parrene")).click();
        assertAccessible(page);
        Locator pair = page.locator("section[data-par]").filter(new Locator.FilterOptions().setHasText(kept.name))
                .filter(new Locator.FilterOptions().setHasText(merged.name));
        pair.getByLabel("Lagt sammen: én fortsætter, den anden udgår").check();
        pair.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem afgørelsen")).click();
        pair = page.locator("section[data-par]").filter(new Locator.FilterOptions().setHasText(kept.name))
                .filter(new Locator.FilterOptions().setHasText(merged.name));
        assertThat(pair.getByRole(AriaRole.ALERT)).containsText("Angiv hvilken af de to indsatser der fortsætter");
        assertAccessible(page);
        pair.getByLabel(kept.name + " (PPR)").check();
        pair.getByLabel("Note").fill("Samme hold, ét tilbud");
        pair.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem afgørelsen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Afgørelsen er gemt.");
        // The page lists every look-alike pair the suite has made, so the verdict is looked for in our pair's own section
        Locator decided = page.locator("section[data-par]").filter(new Locator.FilterOptions().setHasText(kept.name))
                .filter(new Locator.FilterOptions().setHasText(merged.name)).locator("dl");
        assertThat(decided).containsText("Lagt sammen");
        assertThat(decided).containsText("Samme hold, ét tilbud");
        assertAccessible(page);
        page.close();
    }

    @Test
    void theEditorEditsASignOfTheVejviserAndPublishes() {
        Page page = chromium.newPage();
        page.navigate(root + "katalog/vejviser");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start et nyt udkast")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Udkastet er oprettet");
        int number = Integer.parseInt(page.url().replaceAll(".*/versioner/(\\d+).*", "$1"));
        try {
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret vejledningen om Isolerer sig")).click();
            assertAccessible(page);
            Locator green = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Grøn – trives"));
            // Other tests publish Vejvisers of their own, so the level may be empty: every text but one is written here.
            green.getByLabel("Hvad skal man være opmærksom på").fill("");
            green.getByLabel("Hvad kan man gøre").fill("Giv plads til pauser.");
            green.getByLabel("Hvem inddrager man").fill("Kolleger i hverdagen.");
            green.getByLabel("Hvad kan forældre og netværk gøre").fill("Legeaftaler med én ven ad gangen.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem i udkastet")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv hvad man skal være opmærksom på");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grøn – trives, Hvad skal man være opmærksom på: Skriv hvad man skal være opmærksom på")).click();
            String text = "Barnet leger alene i browseren " + unique("t");
            page.keyboard().type(text);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem i udkastet")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dine ændringer i udkastet er gemt.");
            assertThat(page.locator("#tegn-isolerer-sig")).containsText(text);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offentliggør")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Udkastet er offentliggjort og gælder nu.");
            assertAccessible(page);
        } finally {
            JsonPath version = given().when().get("/vejviser/versions/{n}", number).then().extract().jsonPath();
            if ("udkast".equals(version.getString("status"))) {
                given().contentType(ContentType.JSON).body(Map.of("version", version.getLong("version")))
                        .when().post("/vejviser/versions/{n}/publish", number);
            }
            page.close();
        }
    }

    @Test
    void theEditorAddsAndRemovesASignOfTheSharedLanguageByKeyboard() {
        Page page = chromium.newPage();
        page.navigate(root + "katalog/faelles-sprog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start et nyt udkast")).click();
        int number = Integer.parseInt(page.url().replaceAll(".*/versioner/(\\d+).*", "$1"));
        try {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj, fjern og flyt tegn og grupper")).click();
            assertAccessible(page);
            Locator add = page.locator("#nyt-tegn");
            add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj et tegn")).click();
            assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Vælg den gruppe, tegnet skal stå i");
            assertAccessible(page);
            add = page.locator("#nyt-tegn");
            String code = unique("browser");
            add.getByLabel("Gruppe").selectOption("sociale-relationer");
            add.getByLabel("Kode").fill(code);
            add.getByLabel("Navn").fill("Prøvetegn fra browseren");
            add.getByLabel("Beskrivelse").fill("Kun til prøven");
            add.getByLabel("Alder fra (år)").fill("6");
            add.getByLabel("Alder til (år)").fill("12");
            add.getByLabel("Alder til (år)").press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dine ændringer i udkastet er gemt.");
            assertThat(page.locator("#gruppe-sociale-relationer")).containsText(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fjern: Prøvetegn fra browseren")).press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dine ændringer i udkastet er gemt.");
            assertThat(page.locator("#gruppe-sociale-relationer")).not().containsText(code);
            assertAccessible(page);
        } finally {
            JsonPath version = given().when().get("/shared-language/versions/{n}", number).then().extract().jsonPath();
            if ("udkast".equals(version.getString("status"))) {
                given().contentType(ContentType.JSON).body(Map.of("version", version.getLong("version")))
                        .when().post("/shared-language/versions/{n}/publish", number);
            }
            page.close();
        }
    }

    /** Accessible, and on a phone too: the spreadsheet's file field (import, competences) fits its width. */
    @Test
    void theEditorsOtherNewPagesAreAccessible() {
        Page page = chromium.newPage();
        for (String path : new String[] {"katalog/kompetencer", "katalog/import", "katalog/faelles-sprog",
                "katalog/faelles-sprog/versioner/1", ""}) {
            page.setViewportSize(1280, 800);
            page.navigate(root + path);
            assertAccessible(page);
            assertReflows(page);
        }
        page.close();
    }
}
