package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI's login as a browser does it, over plain HTTP with cookies: the service sends the user to Keycloak with a
 * PKCE challenge, the user logs in on Keycloak's form, Keycloak sends a code back, the service redeems it and shows
 * its Danish start page with the user's name and discipline.
 */
class WebLoginIT {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String HTML_FIRST = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "application/json";
    private static final Pattern SENDING_FIELD = Pattern.compile("name=\"afsendelse\" value=\"([^\"]+)\"");

    private final TheSystem system = TheSystem.shared();

    static List<String> services() {
        return RunningSystem.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void aHealthNurseLogsInToEveryServiceWithTheCodeFlowAndPkce(String service) throws Exception {
        var browser = new Browser();

        var codeRedeemed = logIn(browser, service);
        String session = codeRedeemed.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session")).findFirst().orElseThrow();
        assertTrue(session.toLowerCase(Locale.ROOT).contains("samesite=lax"),
                "no other site can send the session with a form (CSRF): " + session);

        var startPage = get(browser, system.url(service) + "/");
        assertEquals(200, startPage.statusCode());
        assertTrue(startPage.body().contains("<html lang=\"da\">"));
        assertTrue(startPage.body().contains("Velkommen, Hanne Holm"), startPage.body());
        assertTrue(startPage.body().contains("<strong>Hanne Holm</strong><br>sundhedsplejerske"),
                "the header names her and her discipline in Danish");
    }

    /**
     * A page's session outlives its tokens: the form a nurse sends after they expired (the realm's 15 minutes; here
     * the client's own 5 seconds) is stored, its tokens refreshed on the way. Before, the service answered it with the
     * login, through which the browser came back to an empty form: what she had written was lost. The JDK's client
     * asks for HTTP/2 without TLS (h2c), which the services decline: over it, such a form got a 500.
     */
    @Test
    void aFormSentAfterTheTokensExpiredIsStoredNotAnsweredWithTheLogin() throws Exception {
        String service = StackConfig.CONCERN;
        var browser = new Browser();
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortTokens = new ClientLifespans(keycloak, service, Duration.ofSeconds(5))) {
            logIn(browser, service);
            var form = get(browser, system.url(service) + "/sparring/ny");
            assertEquals(200, form.statusCode());

            Thread.sleep(Duration.ofSeconds(7));
            var sent = sendConsultation(browser, service, form);

            assertEquals(303, sent.statusCode(), "stored, not sent to the login: " + sent.headers().map() + "\n"
                    + sent.body());
            assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("besked=oprettet"));
            assertTrue(sent.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session")),
                    "the session carries the refreshed tokens");
        }
    }

    /**
     * When the login has ended (here the client's session, idle for longer than its 8 seconds; in the municipality
     * Keycloak's hour, or a logout in another service), a script's request with the session cookie, htmx's or
     * {@code session.js}'s, gets a 401 problem+json that the page can act on. Before, it got Quarkus OIDC's redirect
     * to Keycloak's login, which a script follows to a form it cannot show: nothing happened on the page. A browser
     * opening a page is still sent to the login.
     */
    @Test
    void aScriptsRequestAfterTheLoginEndedIsToldSoNotSentToTheLogin() throws Exception {
        String service = StackConfig.CONCERN;
        var browser = new Browser();
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortSession = new ClientLifespans(keycloak, service, Duration.ofSeconds(4), Duration.ofSeconds(8))) {
            logIn(browser, service);
            var alive = browser.send(HttpRequest.newBuilder(URI.create(system.url(service) + "/session")), JSON);
            assertEquals(200, alive.statusCode(), alive.body());

            Thread.sleep(Duration.ofSeconds(10));
            var htmx = browser.send(HttpRequest.newBuilder(URI.create(system.url(service)
                    + "/bekymringer/ny/tovholder?childId=x")).header("HX-Request", "true"), "*/*");
            assertEquals(401, htmx.statusCode(), htmx.headers().map().toString());
            assertEquals("application/problem+json", htmx.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(htmx.body().contains("Login udløbet"), htmx.body());
            // Not the way to a new login that Quarkus OIDC had begun: no address to go to, no state cookie for it.
            assertTrue(htmx.headers().firstValue("Location").isEmpty(), htmx.headers().map().toString());
            assertTrue(htmx.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("q_auth")),
                    htmx.headers().map().toString());
            // Quarkus OIDC clears the ended session's cookie with that answer: session.js then asks without a login.
            var asked = browser.send(HttpRequest.newBuilder(URI.create(system.url(service) + "/session")), JSON);
            assertEquals(401, asked.statusCode(), asked.headers().map().toString());
            assertEquals("application/problem+json", asked.headers().firstValue("Content-Type").orElseThrow());

            var page = get(browser, system.url(service) + "/");
            assertEquals(302, page.statusCode(), "a page still goes to the login");
            assertTrue(page.headers().firstValue("Location").orElseThrow().startsWith(keycloak),
                    page.headers().map().toString());
        }
    }

    /**
     * Keycloak may end a login before its time: the user logged out in another service (which ends her session in
     * all), or an administrator ended it. The page's next refresh is then refused ({@code invalid_grant}), and that is a
     * login that has ended, told as one: a script gets 401 "Login udløbet", a page goes to the login. Before, both got
     * 503 "Login er midlertidigt utilgængeligt", at every request until the cookie expired: the service could not be
     * used in that browser, though Keycloak was there.
     */
    @Test
    void aLoginKeycloakEndedBeforeItsTimeIsToldAsEndedNotAsAKeycloakAway() throws Exception {
        String service = StackConfig.CONCERN;
        var browser = new Browser();
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortTokens = new ClientLifespans(keycloak, service, Duration.ofSeconds(4))) {
            logIn(browser, service);
            new KeycloakAdmin(keycloak).endSessionsOf(DemoUsers.HANNE);
            Thread.sleep(Duration.ofSeconds(6));

            var htmx = browser.send(HttpRequest.newBuilder(URI.create(system.url(service)
                    + "/bekymringer/ny/tovholder?childId=x")).header("HX-Request", "true"), "*/*");
            assertEquals(401, htmx.statusCode(), htmx.headers().map() + "\n" + htmx.body());
            assertTrue(htmx.body().contains("Login udløbet"), htmx.body());
            var page = get(browser, system.url(service) + "/");
            assertEquals(302, page.statusCode(), "a page goes to the login: " + page.body());
            assertTrue(page.headers().firstValue("Location").orElseThrow().startsWith(keycloak),
                    page.headers().map().toString());
        }
    }

    /**
     * Keycloak away just when a page's tokens need refreshing (frozen here: it takes the connection and answers
     * nothing, so the service gives up after its connection timeout). The form sent then is answered 503, saying it
     * was not saved, and the login is kept: no cookie changes, and once Keycloak answers again the same session
     * works without a new login (and the browser's Back button finds the form with the text in it). Before, the form
     * was sent on to Keycloak's login, which did not answer either, and the session was dropped. This is the page
     * without JavaScript; with it, the form is not sent at all ({@code LoginSessionEndIT}).
     */
    @Test
    void aFormSentWhileKeycloakIsAwayAtTheRefreshIsToldItWasNotSavedAndTheLoginIsKept() throws Exception {
        String service = StackConfig.CONCERN;
        var browser = new Browser();
        String keycloak = system.infrastructure().keycloakUrl();
        try (var shortTokens = new ClientLifespans(keycloak, service, Duration.ofSeconds(4))) {
            logIn(browser, service);
            var form = get(browser, system.url(service) + "/sparring/ny");
            Thread.sleep(Duration.ofSeconds(6));

            HttpResponse<String> sent;
            system.infrastructure().freezeKeycloak();
            try {
                sent = sendConsultation(browser, service, form);
            } finally {
                system.infrastructure().thawKeycloak();
            }

            assertEquals(503, sent.statusCode(), sent.headers().map() + "\n" + sent.body());
            assertTrue(sent.body().contains("det, du sendte, er ikke gemt"), sent.body());
            assertEquals(List.of(), sent.headers().allValues("Set-Cookie"), "the login is kept as it was");
            var again = get(browser, system.url(service) + "/sparring/ny");
            assertEquals(200, again.statusCode(), "the same login, without a new one: " + again.headers().map());
        }
    }

    /** Sends the consultation form of the page {@code form} as the browser does, with its CSRF token and its key. */
    private HttpResponse<String> sendConsultation(Browser browser, String service, HttpResponse<String> form)
            throws IOException, InterruptedException {
        var csrf = CSRF_FIELD.matcher(form.body());
        var sending = SENDING_FIELD.matcher(form.body());
        assertTrue(csrf.find() && sending.find(), "the form carries its CSRF token and its key");
        return browser.send(HttpRequest.newBuilder(URI.create(system.url(service) + "/sparring/ny"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", system.url(service))
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + csrf.group(1) + "&afsendelse="
                        + sending.group(1) + "&situation=" + URLEncoder.encode("Barnet græder ved aflevering",
                        StandardCharsets.UTF_8) + "&setting=dagtilbud&childAgeYears=3")));
    }

    /** Keycloak's login as a browser goes through it, to the moment the service has redeemed the code. */
    private HttpResponse<String> logIn(Browser browser, String service) throws Exception {
        var toKeycloak = get(browser, system.url(service) + "/");
        assertEquals(302, toKeycloak.statusCode());
        String authorize = toKeycloak.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);

        var loginForm = get(browser, authorize);
        var action = FORM_ACTION.matcher(loginForm.body());
        assertTrue(action.find(), "Keycloak shows its login form");
        var afterLogin = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoUsers.HANNE + "&password="
                        + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8))));
        assertEquals(302, afterLogin.statusCode(), "Keycloak accepts the demo login");

        var codeRedeemed = get(browser, afterLogin.headers().firstValue("Location").orElseThrow());
        assertEquals(302, codeRedeemed.statusCode(), "the service redeems the code and sets its session");
        return codeRedeemed;
    }

    private static HttpResponse<String> get(Browser browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * Cookies kept the way a browser keeps them for {@code localhost}: Keycloak marks its cookies Secure, which a
     * browser honours on localhost over plain HTTP but the JDK's CookieManager does not. And it asks for HTML first,
     * as a browser does when it opens a page: only such a request is sent to the login (anything else gets a 401
     * asking for a token); a page's scripts ask for something else.
     */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return send(request, HTML_FIRST);
        }

        HttpResponse<String> send(HttpRequest.Builder request, String accept) throws IOException,
                InterruptedException {
            request.header("Accept", accept);
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return response;
        }
    }
}
