package dk.rodtraad.concern.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rodtraad.concern.consultation.Consultation;
import dk.rodtraad.testkit.browser.Chromium;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A form's button clicked a second time while the first sending is still on its way (a double click, or a click again
 * because the answer is slow) sends the form once (chassis {@code rodtraad/forms.js}): the service finishes every
 * request it has begun, so a second sending would store a second consultation, concern or underretning.
 */
@QuarkusTest
@TestSecurity(user = "lise", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "laerer"))
class FormSentOnceBrowserTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aFormClickedAgainWhileItIsOnItsWayIsSentOnce() throws Throwable {
        Page page = chromium.newPage();
        page.navigate(root + "sparring/ny");
        String situation = "En dreng i 4. klasse er ofte alene i frikvartererne (" + UUID.randomUUID() + ").";
        page.getByLabel("Beskriv situationen").fill(situation);
        page.getByLabel("Skole").check();
        page.getByLabel("Barnets alder i år").fill("10");

        // Two clicks 0.1 s apart, from the page itself, as a double click: the first sending is on its way by then.
        List<String> sent = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/sparring/ny")) {
                sent.add(request.url());
            }
        });
        page.evaluate("() => { const send = document.querySelector("
                + "'form[action=\"/sparring/ny\"] button[type=submit]');"
                + " send.click(); setTimeout(() => send.click(), 100); }");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sparringen er oprettet.");
        page.waitForTimeout(1000);

        assertEquals(1, sent.size(), "the form left the browser once");
        assertEquals(1L, VertxContextSupport.<Long>subscribeAndAwait(() -> Panache.withSession(() ->
                Consultation.count("situation", situation))), "one consultation stored");
        page.close();
    }
}
