package dk.rodtraad.catalogue.family;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.page;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The family search is open to anyone, so anyone may send it anything: a NUL or another control character in the
 * words was a 500 (PostgreSQL refuses NUL in text); it is a 400 naming {@code q}, in the API as problem+json and on
 * the family page as a Danish page.
 */
@QuarkusTest
class FamilyBadInputTest {

    @Test
    void aControlCharacterInTheApisSearchIsA400NamingQ() {
        problem(impatient(given().urlEncodingEnabled(false)).when().get("/public/interventions?q=leg%00e").then(), 400, "q");
        problem(impatient(given().urlEncodingEnabled(false)).when().get("/public/interventions?q=%00").then(), 400, "q");
    }

    @Test
    void aControlCharacterInTheFamilyPagesSearchIsADanishPageNamingQ() {
        page(impatient(given().urlEncodingEnabled(false)).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .when().get("/familie?q=leg%07e&soeg=ja").then(), 400, "q")
                .body(containsString("Ugyldige oplysninger"));
    }
}
