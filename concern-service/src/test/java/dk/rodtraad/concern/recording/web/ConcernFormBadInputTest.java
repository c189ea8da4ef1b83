package dk.rodtraad.concern.recording.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.recording.web.ConcernPagesTest.valid;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.concern.web.Forms.withoutToken;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.page;
import static dk.rodtraad.testkit.Refusals.problem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Forms sent broken, as the professionals' tokens from Keycloak send them: a field whose encoding is broken was never
 * answered, a field of a megabyte was a 500 with a stack trace per chunk, a NUL a 500 from PostgreSQL; each is now a
 * 4xx at once naming the field, and nothing is stored. A long description typed into the form, which Quarkus's 2 KB
 * limit for a form field refused, is stored.
 */
@QuarkusTest
class ConcernFormBadInputTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Test
    void aBrokenEncodingIsAnsweredAtOnceOnEveryForm() throws Throwable {
        long before = storedConcernsAndChildren();
        problem(sent("/bekymringer/ny", "childName=Ida&observation=%ZZ"), 400, "observation");
        problem(sent("/bekymringer/ny", "observation=%ZZ"), 400, "observation");
        problem(sent("/sparring/ny", "situation=%ZZ"), 400, "situation");
        page(impatient(withoutToken(HANNE)).accept(BROWSER).body("situation=%E6%F8").when().post("/sparring/ny").then(),
                400, "situation");
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void aControlCharacterInAFieldIsADanishPageNamingIt() throws Throwable {
        long before = storedConcernsAndChildren();
        page(impatient(withoutToken(HANNE)).accept(BROWSER).body("childName=Ida&observation=Tr%C3%A6kker%00sig")
                .when().post("/bekymringer/ny").then(), 400, "observation");
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void aFieldOfAMegabyteIsA413NamingIt() throws Throwable {
        long before = storedConcernsAndChildren();
        problem(sent("/bekymringer/ny", "childName=Ida&observation=" + "a".repeat(1024 * 1024)), 413, "observation");
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void aLongDescriptionTypedIntoTheFormIsStored() throws Throwable {
        var sent = valid(uniqueCpr(), "Rosa Lind");
        sent.put("observation", "Æblegrød på Ø, ".repeat(266));

        String location = form(HANNE, sent).when().post("/bekymringer/ny").then().statusCode(303)
                .extract().header("Location");

        as(HANNE).when().get(location.substring(location.indexOf("/boern/"))).then().statusCode(200)
                .body(containsString("Æblegrød på Ø, ".repeat(265) + "Æblegrød på Ø,"));
    }

    private static ValidatableResponse sent(String form, String body) {
        return impatient(withoutToken(HANNE)).body(body).when().post(form).then();
    }
}
