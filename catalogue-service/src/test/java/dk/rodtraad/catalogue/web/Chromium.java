package dk.rodtraad.catalogue.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
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
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's chromium driven by Playwright, and axe-core's WCAG 2.1 A and AA check of a page. Without chromium the
 * browser tests fail rather than skip: a skipped accessibility check would pass unseen. A test class registers it as
 * a static {@code @RegisterExtension} field, which starts the browser before its tests and stops it after.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("The browser tests need Debian's chromium at " + EXECUTABLE
                    + ": install it with  apt-get install -y chromium  (.ci/run does so)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        return browser.newPage();
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
