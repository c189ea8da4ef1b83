package dk.rodtraad.chassis.timeline.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.chassis.timeline.TimelineSentences;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.browser.Chromium;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import dk.rodtraad.testkit.timeline.TimelineEvents;

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
 * What every service with the chassis's timeline page shows in a real browser (Debian's chromium): a teacher on the
 * child's case team opens the child's timeline from the start page, and every event type a timeline can hold
 * (contracts' example of each) reads as its own Danish sentence, oldest first, with no event type or code in
 * sight; both pages pass axe-core's WCAG 2.1 A and AA rules. A service's {@code @QuarkusTest} calls
 * {@link #readsEveryKindOfEventInWords} from a test of its own (a test class of the service's own, so that Quarkus
 * finds the service's test resources).
 */
public final class TimelinePageInBrowser {

    /**
     * @param root      the service's root URL ({@code @TestHTTPResource("/")})
     * @param clientId  the service's OIDC client, e.g. {@code network-meeting-service}
     * @param sentences the service's own {@link TimelineSentences} bean
     */
    public static void readsEveryKindOfEventInWords(Chromium chromium, URL root, String clientId,
            TimelineSentences sentences) {
        UUID child = UUID.randomUUID();
        var kafka = RealInfrastructure.kafkaAdmin();
        new ChildAccessEvents(kafka).send(professionalGranted(child, DemoUsers.LISE, "laerer", "sagsopretter"));
        var sent = new TimelineEvents(kafka).sendEveryTimelineType(child);
        String token = ServiceTokens.token(clientId, DemoUsers.LISE);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .get("/children/{id}/timeline", child).then().extract().<Integer>path("size()") == sent.size());
        Page page = chromium.newPage(new Browser.NewPageOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token)));

        page.navigate(root.toString());
        assertAccessible(page);
        page.getByLabel("Barnets id").fill(child.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis tidslinjen")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Barnets tidslinje");
        var entries = page.locator("ol[data-tidslinje] > li");
        assertThat(entries).hasCount(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            assertThat(entries.nth(i)).containsText(sentences.sentence(sent.get(i).type().type(), sent.get(i).json()));
        }
        assertThat(page.locator("main")).not().containsText("dk.rodtraad");
        assertThat(page.locator("main")).not().containsText("endnu ikke kan beskrive");
        assertAccessible(page);
        page.close();
    }

    private TimelinePageInBrowser() {
    }
}
