package dk.rodtraad.catalogue.intervention.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.page;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The editor's form sent broken: a field whose encoding is broken was never answered (the client gave up), a field
 * of a megabyte was a 500; now a 400 or 413 at once naming the field, and nothing stored.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class EditorFormBadInputTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aBrokenEncodingIsAnsweredAtOnceNamingTheField() throws Throwable {
        long before = stored();
        problem(sent("code=ny&name=%ZZ"), 400, "name");
        problem(sent("name=%ZZ"), 400, "name");
        assertEquals(before, stored());
    }

    @Test
    void aControlCharacterIsADanishPageNamingTheField() throws Throwable {
        long before = stored();
        page(impatient(given()).accept("text/html").contentType(FORM).body("code=ny&longDescription=linje%0Cside")
                .when().post("/katalog/ny").then(), 400, "longDescription");
        assertEquals(before, stored());
    }

    @Test
    void aFieldOfAMegabyteIsA413NamingIt() throws Throwable {
        long before = stored();
        problem(sent("code=ny&longDescription=" + "a".repeat(1024 * 1024)), 413, "longDescription");
        assertEquals(before, stored());
    }

    private static ValidatableResponse sent(String body) {
        return impatient(given()).contentType(FORM).body(body).when().post("/katalog/ny").then();
    }
}
