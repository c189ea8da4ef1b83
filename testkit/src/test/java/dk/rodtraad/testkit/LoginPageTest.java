package dk.rodtraad.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.testkit.browser.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak's login page wears Rød Tråd's theme (deploy/keycloak/themes/rodtraad): in Danish even for a browser that
 * asks for English, with Rød Tråd's stylesheet, accessible, and the login still works.
 */
class LoginPageTest {

    /** A redirect URI the demo realm registers for concern-service; nothing needs to listen there. */
    private static final String REDIRECT = "http://localhost:18081/";

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = OneTestStack.started();
    }

    @Test
    void anEnglishBrowserGetsTheDanishRodTraadLoginPage() {
        try (Page page = englishBrowserPage()) {
            page.navigate(authorizeUrl());

            assertEquals("da", page.locator("html").getAttribute("lang"));
            assertEquals("Log ind på Rød Tråd", page.title());
            assertEquals("Log ind på Rød Tråd", page.locator("h1").innerText().strip());
            assertTrue(page.getByLabel("Brugernavn eller e-mail").isVisible());
            assertTrue(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).isVisible());
            assertEquals(1, page.locator("link[rel=stylesheet][href$='/login/rodtraad/css/rodtraad.css']").count(),
                    "the page links Rød Tråd's stylesheet");
            assertEquals("rgb(26, 58, 92)", page.locator("#kc-header").evaluate("e => getComputedStyle(e).backgroundColor"),
                    "the stylesheet is applied: the header bar is dark blue");
            assertTrue(page.locator("#kc-header").innerText().contains("Rød Tråd"));
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void aWrongPasswordIsSaidInDanish() {
        try (Page page = englishBrowserPage()) {
            page.navigate(authorizeUrl());
            logIn(page, DemoUsers.HANNE, "forkert");

            var error = page.locator("#input-error-username");
            error.waitFor();
            assertEquals("Forkert brugernavn eller adgangskode.", error.innerText().strip());
            Chromium.assertAccessible(page);
        }
    }

    @Test
    void theDemoUserLogsInAndKeycloakSendsACodeBack() {
        try (Page page = englishBrowserPage()) {
            page.route(REDIRECT + "**", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/plain").setBody("back at the service")));
            page.navigate(authorizeUrl());
            logIn(page, DemoUsers.HANNE, DemoUsers.PASSWORD);

            page.waitForURL(url -> url.startsWith(REDIRECT) && url.contains("code="));
        }
    }

    private static Page englishBrowserPage() {
        return chromium.newPage(new Browser.NewPageOptions().setLocale("en-US"));
    }

    private static void logIn(Page page, String username, String password) {
        page.getByLabel("Brugernavn eller e-mail").fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
    }

    private static String authorizeUrl() {
        return infrastructure.realmUrl() + "/protocol/openid-connect/auth?client_id=concern-service&response_type=code"
                + "&scope=openid&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
    }
}
