package dk.rodtraad.followup;

import dk.rodtraad.chassis.timeline.web.TimelinePageInBrowser;
import dk.rodtraad.chassis.timeline.TimelineSentences;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;

/** followup-service's timeline page in a real browser: every kind of event in words ({@link TimelinePageInBrowser}). */
@QuarkusTest
class TimelineBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Inject
    TimelineSentences sentences;

    @Test
    void theTeacherReadsEveryKindOfEventInWords() {
        TimelinePageInBrowser.readsEveryKindOfEventInWords(chromium, root, "followup-service", sentences);
    }
}
