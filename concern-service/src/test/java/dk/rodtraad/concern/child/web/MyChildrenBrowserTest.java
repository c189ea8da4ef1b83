package dk.rodtraad.concern.child.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Children with the same name told apart in the picker by birth date and masked CPR number, and "Mine børn" searched
 * (the search field laid out as a form group) and paged with the levels as badges, in a real browser; every page must
 * pass axe-core's WCAG 2.1 A and AA rules.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class MyChildrenBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    private static String record(String cpr, String name, String level) {
        return given().contentType(ContentType.JSON).body(concern(cpr, name, level, "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
    }

    private static String serial() {
        return String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    }

    @Test
    void twoChildrenWithTheSameNameAreToldApartInThePicker() {
        record("030319-4" + serial(), "Test Barn", "yellow");
        String second = record("171120-4" + serial(), "Test Barn", "yellow");
        Page page = chromium.newPage();

        page.navigate(root + "bekymringer/ny");
        assertAccessible(page);
        page.getByLabel("Et af mine børn").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Test Barn, født 17. november 2020 (171120-****)"));
        assertThat(page.getByLabel("Et af mine børn")).hasValue(second);
        assertThat(page.locator("#f-childId option", new Page.LocatorOptions()
                .setHasText("Test Barn, født 3. marts 2019 (030319-****)"))).hasCount(1);
    }

    @Test
    void myChildrenAreSearchedAndPagedWithTheLevelsAsBadges() {
        String family = "Bro" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 21; i++) {
            record(uniqueCpr(), "Ole " + family, "red");
        }
        Page page = chromium.newPage();

        page.navigate(root + "bekymringer");
        page.getByLabel("Søg blandt dine børn og bekymringer").fill(family);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("21 fundet");
        assertThat(page.locator("td .badge.badge-error").first()).hasText("Rød");
        assertThat(page.locator("nav.pagination .pagination-mobile")).hasText("Side 1 af 2");
        assertAccessible(page);
        assertLaidOutAsAFormGroup(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Næste side")).click();
        assertThat(page.locator("nav.pagination .pagination-mobile")).hasText("Side 2 af 2");
        assertThat(page.locator("table").first().locator("tbody tr")).hasCount(1);
        assertAccessible(page);
    }

    /** The search's label and hint stand above its field, and its button beside the field, as DKFDS lays them out. */
    private static void assertLaidOutAsAFormGroup(Page page) {
        BoundingBox label = page.locator("form[role=search] label").boundingBox();
        BoundingBox hint = page.locator("form[role=search] .form-hint").boundingBox();
        BoundingBox field = page.locator("form[role=search] input").boundingBox();
        BoundingBox button = page.locator("form[role=search] button").boundingBox();
        assertTrue(label.y + label.height <= hint.y, "the hint is below the label");
        assertTrue(hint.y + hint.height <= field.y, "the field is below the hint");
        assertTrue(button.x >= field.x + field.width - 1, "the button is right of the field");
        assertTrue(Math.abs(button.y + button.height / 2 - (field.y + field.height / 2)) < field.height / 2,
                "the button is on the field's row");
    }
}
