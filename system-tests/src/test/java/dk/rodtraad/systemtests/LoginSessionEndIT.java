package dk.rodtraad.systemtests;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's login ends when Keycloak's session does (60 minutes without a refresh), and a form sent after that is lost
 * in the login. So the page keeps the login while the user types, warns before the end and lets her stay with one
 * click (WCAG 2.2.1), and says when it has ended, before she sends anything (chassis {@code rodtraad/session.js});
 * her other tabs of the service learn what one learns.
 * Chromium, Keycloak's login page and concern-service's client with 24-second sessions and 4-second tokens.
 */
class LoginSessionEndIT {

    private static final Duration SESSION = Duration.ofSeconds(24);
    private static final double LONGER_THAN_A_SESSION = 40_000;

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private final TheSystem system = TheSystem.shared();

    @Test
    void thePageKeepsTheLoginWhileTheUserTypesWarnsBeforeItEndsAndSaysWhenItHas() throws Exception {
        String service = StackConfig.CONCERN;
        String keycloak = system.infrastructure().keycloakUrl();
        var shortSessions = new ClientLifespans(keycloak, service, Duration.ofSeconds(4), SESSION);
        try (shortSessions; BrowserContext tabs = chromium.newContext()) {
            Page page = loggedIn(tabs, system.url(service) + "/sparring/ny");
            Locator situation = page.getByLabel("Beskriv situationen");
            situation.waitFor();
            long left = Long.parseLong(page.locator("body").getAttribute("data-session-seconds-left"));
            assertTrue(left > 0 && left <= SESSION.toSeconds(), "the page knows when its login ends: " + left);

            Page otherTab = tabs.newPage();
            otherTab.navigate(system.url(service) + "/");
            Locator ending = ending(page);
            Instant typedUntil = Instant.now().plus(SESSION).plusSeconds(6);
            while (Instant.now().isBefore(typedUntil)) {
                situation.pressSequentially("Barnet græder ved aflevering. ",
                        new Locator.PressSequentiallyOptions().setDelay(50));
                assertFalse(ending.isVisible(), "no warning while she types");
                assertFalse(ending(otherTab).isVisible(), "nor in her other tab, which shares the login");
            }
            otherTab.close();
            assertEquals(200, sessionAnswer(page), "typing kept the login beyond its first session");

            assertThat(ending).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LONGER_THAN_A_SESSION));
            assertTrue(ending.innerText().contains("logget ud kl."), ending.innerText());
            Chromium.assertAccessible(page);
            ending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Forbliv logget ind")).click();
            assertThat(ending).isHidden();

            Locator ended = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Du er logget ud"));
            assertThat(ended).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2 * LONGER_THAN_A_SESSION));
            assertTrue(ended.innerText().contains("kopiér det, før du logger ind igen"), ended.innerText());
            assertEquals(401, sessionAnswer(page), "Keycloak's session has ended too: the page did not say so early");
            assertTrue(situation.inputValue().startsWith("Barnet græder"), "the text is still there to be copied");
        }
        assertNotEquals(String.valueOf(SESSION.toSeconds()), shortSessions.attribute(ClientLifespans.SESSION_IDLE),
                "the client's own session length again, or the next test's login ends after " + SESSION);
    }

    /**
     * A form sent after the page's tokens have expired, when the service would refresh them with Keycloak on the way:
     * the page asks {@code /session} first, so a Keycloak that is away (frozen here) leaves the form on the page with
     * a modal saying it was not sent, not in a login that does not answer; sent again when Keycloak is back, it is
     * stored. And a login Keycloak has ended meanwhile (a logout elsewhere) is told as ended, the text still there.
     */
    @Test
    void aFormSentWhileKeycloakIsAwayStaysOnThePageAndIsSentWhenItIsBack() throws Exception {
        String service = StackConfig.CONCERN;
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortTokens = new ClientLifespans(keycloak, service, Duration.ofSeconds(4));
             BrowserContext tabs = chromium.newContext()) {
            Page page = loggedIn(tabs, system.url(service) + "/sparring/ny");
            Locator situation = page.getByLabel("Beskriv situationen");
            situation.fill("Barnet græder ved aflevering.");
            page.getByLabel("Skole").check();
            page.getByLabel("Barnets alder i år").fill("10");
            Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bed om sparring"));

            Locator away = page.getByRole(AriaRole.DIALOG,
                    new Page.GetByRoleOptions().setName("Formularen er ikke sendt"));
            system.infrastructure().freezeKeycloak();
            try {
                // past the tokens' end, also of tokens the page's own /session asked for just before the freeze
                page.waitForTimeout(6_000);
                send.click();
                assertThat(away).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LONGER_THAN_A_SESSION));
            } finally {
                system.infrastructure().thawKeycloak();
            }
            assertTrue(page.url().endsWith("/sparring/ny"), "still on the form: " + page.url());
            assertEquals("Barnet græder ved aflevering.", situation.inputValue());
            Chromium.assertAccessible(page);
            away.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK")).click();
            assertThat(away).isHidden();

            send.click();
            assertThat(page).hasURL(Pattern.compile(".*besked=oprettet.*"),
                    new PageAssertions.HasURLOptions().setTimeout(LONGER_THAN_A_SESSION));

            page.navigate(system.url(service) + "/sparring/ny");
            situation.fill("Skrevet, mens hun blev logget ud et andet sted.");
            new KeycloakAdmin(keycloak).endSessionsOf(DemoUsers.HANNE);
            page.waitForTimeout(6_000);
            send.click();
            Locator ended = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Du er logget ud"));
            assertThat(ended).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LONGER_THAN_A_SESSION));
            assertEquals("Skrevet, mens hun blev logget ud et andet sted.", situation.inputValue());
        }
    }

    /**
     * A login Keycloak ends early (a logout in another service, an administrator) is told at the page's next request
     * (ADR 0035, point 4): a part of the page that htmx asks for, here the catalogue's live search, is answered
     * {@code 401}, and the page shows the end at once, not at its next question to {@code /session} a minute on.
     */
    @Test
    void aLoginEndedElsewhereIsShownAtThePartsFirstRefusal() throws Exception {
        String service = StackConfig.CATALOGUE;
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortTokens = new ClientLifespans(keycloak, service, Duration.ofSeconds(4));
             BrowserContext tabs = chromium.newContext()) {
            Page page = loggedIn(tabs, system.url(service) + "/katalog");
            page.waitForURL(system.url(service) + "/katalog"); // and loaded: htmx listens from then on
            Locator search = page.getByLabel("Fritekst");
            search.fill("angst");
            assertThat(page).hasURL(Pattern.compile(".*[?&]q=angst(&.*)?$"));

            new KeycloakAdmin(keycloak).endSessionsOf(DemoUsers.HANNE);
            page.waitForTimeout(6_000); // past the tokens' end: the next request asks Keycloak, which refuses
            search.fill("mobning");
            Locator ended = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Du er logget ud"));
            // well within the minute after which the page would have asked /session of itself
            assertThat(ended).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            assertEquals("mobning", search.inputValue(), "what she typed is still there");
            Chromium.assertAccessible(page);
        }
    }

    /** A new tab on the page, through Keycloak's login form as Hanne. */
    private static Page loggedIn(BrowserContext tabs, String url) {
        Page page = tabs.newPage();
        page.navigate(url);
        page.getByLabel("Brugernavn eller e-mail").fill(DemoUsers.HANNE);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        return page;
    }

    private static Locator ending(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Du bliver snart logget ud"));
    }

    /**
     * What {@code GET /session} answers the page now, asked as {@code session.js} asks it: 200 while its login lasts,
     * 401 when it has ended (302, should the way to the login come, which a script does not follow).
     */
    private static int sessionAnswer(Page page) {
        return (Integer) page.evaluate("() => fetch('/session', {headers: {'Accept': 'application/json'},"
                + " redirect: 'manual'}).then(answer => answer.type === 'opaqueredirect' ? 302 : answer.status)");
    }
}
