package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    private final TheSystem system = TheSystem.shared();

    static List<String> services() {
        return RunningSystem.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void aHealthNurseLogsInToEveryServiceWithTheCodeFlowAndPkce(String service) throws Exception {
        var browser = new Browser();

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

    private static HttpResponse<String> get(Browser browser, String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * Cookies kept the way a browser keeps them for {@code localhost}: Keycloak marks its cookies Secure, which a
     * browser honours on localhost over plain HTTP but the JDK's CookieManager does not. And it asks for HTML first,
     * as a browser does: only such a request is sent to the login (anything else gets a 401 asking for a token).
     */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
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
