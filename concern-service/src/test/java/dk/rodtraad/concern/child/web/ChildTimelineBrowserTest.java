package dk.rodtraad.concern.child.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dk.rodtraad.chassis.timeline.TimelineSentences;
import dk.rodtraad.testkit.browser.Chromium;
import dk.rodtraad.testkit.timeline.TimelineEvents;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.Staff.token;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.browser.Chromium.assertAccessible;

/**
 * The child's page in a real browser (Debian's chromium): every event type a timeline can hold (contracts' example
 * of each, about this child, an hour before the concern recorded here) reads as its own Danish sentence on the
 * child's timeline, oldest first, with no event type or code in sight, and the page passes axe-core's rules.
 */
@QuarkusTest
class ChildTimelineBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    TimelineSentences sentences;

    @Test
    void theCaseTeamReadsEveryKindOfEventInWords() {
        String childId = as(LISE).body(concern(uniqueCpr(), "Vera Dam", "yellow", "skole")).when().post("/concerns")
                .then().statusCode(201).extract().path("childId");
        var sent = new TimelineEvents(RealInfrastructure.kafkaAdmin())
                .sendEveryTimelineType(UUID.fromString(childId));
        Page page = chromium.newPage(new Browser.NewPageOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token(LISE))));

        // The replica fills as the events arrive: the page is read again until it shows them all.
        var entries = page.locator("ol[data-tidslinje] > li");
        for (int attempt = 0; attempt < 30 && entries.count() <= sent.size(); attempt++) {
            page.navigate(root + "boern/" + childId);
            page.waitForTimeout(attempt == 0 ? 0 : 1000);
        }

        assertThat(page.locator("h1")).hasText("Vera Dam");
        for (int i = 0; i < sent.size(); i++) {
            assertThat(entries.nth(i)).containsText(sentences.sentence(sent.get(i).type().type(), sent.get(i).json()));
        }
        assertThat(entries.nth(sent.size())).containsText("registrerede en bekymring");
        assertThat(page.locator("ol[data-tidslinje]")).not().containsText("dk.rodtraad");
        assertThat(page.locator("ol[data-tidslinje]")).not().containsText("endnu ikke kan beskrive");
        assertAccessible(page);
        page.close();
    }
}
