package dk.rodtraad.concern.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the browser tests share: Debian's chromium under Playwright, started once per test class, and axe-core's
 * WCAG 2.1 A and AA rules.
 */
abstract class InChromium {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    /** Not skipped without a browser: the UI's accessibility is part of what the build checks. */
    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The browser test needs Debian's chromium at " + EXECUTABLE
                    + ": install it with apt-get install -y chromium (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertFalse(results.getPasses().isEmpty(), "axe-core ran no rule on " + page.url());
        List<Rule> violations = results.getViolations();
        assertEquals("", violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getHtml()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n")), "WCAG 2.1 AA violations on " + page.url());
    }
}
