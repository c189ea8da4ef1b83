package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.input.InputProbe;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.function.Supplier;

import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.page;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text in a request's address and form body: a control character or a broken encoding anywhere is a 400 naming
 * the part, at once, before any resource reads it; a form field larger than the limit a 413 naming it.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class RequestTextTest {

    @TestHTTPResource("/")
    URI service;

    @Test
    void aControlCharacterInAQueryParameterIsRefusedNamingIt() {
        refused(() -> get("/probe?age=3&q=leg%00e").isProblem(400, "q"));
        refused(() -> get("/probe?q=r%C3%B8d%1B%5B31m").isProblem(400, "q"));
        refused(() -> get("/probe?q%00=1").isProblem(400, "query"));
        assertTrue(get("/probe?q=leg%00e").body().contains("kontroltegn"));
    }

    @Test
    void aQueryParameterOrAPathThatIsNotUtf8IsRefusedNamingIt() {
        refused(() -> get("/probe?q=%C3%28&age=%FF").isProblem(400, "q", "age"));
        refused(() -> get("/probe/%C3").isProblem(400, "path"));
    }

    @Test
    void aControlCharacterInThePathIsRefused() {
        refused(() -> get("/probe/%00").isProblem(400, "path"));
    }

    /** Quarkus's own rule, before any route: documented, as the one refusal of bad input without a problem+json. */
    @Test
    void anAddressThatIsNoUriIsRefusedAtOnceBeforeAnyRoute() {
        refused(() -> {
            var answer = get("/probe?q=%ZZ");
            assertEquals(400, answer.status());
            return answer;
        });
        refused(() -> {
            var answer = get("/probe/%G1");
            assertEquals(400, answer.status());
            return answer;
        });
    }

    @Test
    void aFormWithABrokenEncodingIsAnsweredAtOnce() {
        refused(() -> form("text=%ZZ").isProblem(400, "text"));
        refused(() -> form("text=%ZZ&other=fint").isProblem(400, "text"));
        refused(() -> form("te%Zxt=1").isProblem(400, "body"));
        refused(() -> form("text=%C3%28").isProblem(400, "text"));
    }

    @Test
    void aControlCharacterInAFormFieldIsRefusedNamingIt() {
        refused(() -> form("text=fint&other=a%00b").isProblem(400, "other"));
        refused(() -> form("text=lodret%0Btabulator").isProblem(400, "text"));
    }

    @Test
    void aFormFieldLargerThanTheLimitIsA413NamingItWithoutAStackTrace() {
        try (var logged = LoggedProblems.capture()) {
            refused(() -> form("other=kort&text=" + "a".repeat(1024 * 1024)).isProblem(413, "text"));
            assertTrue(logged.records().isEmpty(), () -> "logged: " + logged.records());
        }
    }

    @Test
    void aBrowserIsRefusedWithADanishPageNamingTheField() {
        int before = InputProbe.reached();
        page(impatient(given().urlEncodingEnabled(false)).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/probe/side?nummer=%00").then(), 400, "nummer").body(containsString("Ugyldige oplysninger"));
        assertEquals(before, InputProbe.reached());
    }

    @Test
    void aFormWithLongDanishTextLineBreaksAndTabsIsRead() {
        String text = "Æblegrød på Ø\r\n\tmed fløde. ".repeat(160);
        var token = FormToken.fetch();
        int before = InputProbe.reached();
        token.on(given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", text))
                .when().post("/probe/form").then().statusCode(200).body("text", equalTo(text.length()));
        assertEquals(before + 1, InputProbe.reached());
    }

    private RawRequest get(String target) {
        return RawRequest.get(service, target);
    }

    private RawRequest form(String body) {
        return RawRequest.postForm(service, "/probe/form", body);
    }

    /** The refusal holds, and the request never reached the resource (a service would have stored it). */
    private static void refused(Supplier<RawRequest> request) {
        int before = InputProbe.reached();
        request.get();
        assertEquals(before, InputProbe.reached(), "a refused request must not reach the resource");
    }
}
