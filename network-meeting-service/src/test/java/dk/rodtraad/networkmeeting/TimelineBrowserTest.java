package dk.rodtraad.networkmeeting;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.browser.Chromium;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import dk.rodtraad.testkit.timeline.TimelineEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A teacher on the child's case team opens the child's timeline from network-meeting-service's start page in a real
 * browser (Debian's chromium): the events read as Danish sentences, oldest first, and both pages pass axe-core's
 * WCAG 2.1 A and AA rules.
 */
@QuarkusTest
class TimelineBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void theTeacherReadsTheChildsCaseInWords() {
        UUID child = UUID.randomUUID();
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        new ChildAccessEvents(bootstrap).send(professionalGranted(child, DemoUsers.LISE, "laerer", "sagsopretter"));
        new TimelineEvents(bootstrap).sendACase(child);
        String token = ServiceTokens.token("network-meeting-service", DemoUsers.LISE);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .get("/children/{id}/timeline", child).then().extract().<Integer>path("size()") == 4);
        Page page = chromium.newPage(new Browser.NewPageOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token)));

        page.navigate(root.toString());
        assertAccessible(page);
        page.getByLabel("Barnets id").fill(child.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis tidslinjen")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Barnets tidslinje");
        var entries = page.locator("ol[data-tidslinje] > li");
        assertThat(entries).hasCount(4);
        for (int i = 0; i < 4; i++) {
            assertThat(entries.nth(i)).containsText(TimelineEvents.A_CASE_IN_WORDS.get(i));
        }
        assertThat(page.locator("main")).not().containsText("dk.rodtraad");
        assertAccessible(page);
        page.close();
    }
}
