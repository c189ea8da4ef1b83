package dk.rodtraad.testkit.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's chromium driven by Playwright, and axe-core's WCAG 2.1 A and AA check of a page. A test class registers
 * it as a static {@code @RegisterExtension} field, which starts the browser before its tests and stops it after; an
 * extension rather than a base class, so it sits beside {@code @QuarkusTest} and any other extension. It takes no
 * base URL: the test knows where its application listens (a Quarkus test by {@code @TestHTTPResource("/") URL root}).
 * Without chromium the browser tests fail rather than skip: a skipped accessibility check would pass unseen.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    /** The narrowest screen WCAG 2.1's reflow asks a page to fit, in CSS pixels. */
    private static final int PHONE_WIDTH = 320;

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("The browser tests need Debian's chromium at " + EXECUTABLE
                    + ": install it with  apt-get install -y chromium  (.ci/run does so)");
        }
        // Playwright reads this from its options before the environment, so no build has to set it to keep
        // Playwright from downloading a browser of its own.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    public Page newPage() {
        return browser.newPage();
    }

    /** A context of its own for several pages that share cookies, as a user's tabs do; closing it closes them. */
    public BrowserContext newContext() {
        return browser.newContext();
    }

    /** A page in a context of its own, e.g. one that sends a token with every request; closing the page closes it. */
    public Page newPage(Browser.NewPageOptions options) {
        return browser.newPage(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * WCAG 2.1's reflow (1.4.10): at a phone's width (320 CSS pixels, the criterion's own) the page scrolls only
     * downwards. A table too wide for it stacks each row's cells under their headings (DKFDS's
     * {@code table--responsive-headers}, each cell with its {@code data-title}) or scrolls sideways in a region of its
     * own ({@code table--responsive-scroll}). Leaves the page at that width.
     */
    public static void assertReflows(Page page) {
        page.setViewportSize(PHONE_WIDTH, 800);
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= PHONE_WIDTH, page.url() + " is " + width + " px wide on a screen of " + PHONE_WIDTH
                + ": the whole page scrolls sideways");
    }

    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertFalse(results.getPasses().isEmpty(), "axe-core ran no rule on " + page.url());
        List<Rule> violations = results.getViolations();
        assertEquals("", violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n")), "WCAG 2.1 AA violations on " + page.url());
    }
}
