package dk.rodtraad.catalogue.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The search's parameters as a client may get them wrong: a number that is none is a 400 naming it (Jakarta REST
 * would say "404 Not Found"), a control character in the words a 400 naming {@code q}.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class SearchParametersTest {

    @Test
    void aNumberThatIsNoneIsA400NamingTheParameter() {
        problem(given().when().get("/search?age=abc").then(), 400, "age")
                .body("errors[0].message", equalTo("Skal være et helt tal"));
        problem(given().when().get("/search?q=leg&step=abc&maxWaitingWeeks=x").then(), 400, "step", "maxWaitingWeeks");
        problem(given().when().get("/search/suggestions?age=fem&sign=angst").then(), 400, "age");
    }

    @Test
    void aControlCharacterInTheWordsIsA400NamingThem() {
        problem(given().urlEncodingEnabled(false).when().get("/search?q=leg%00e").then(), 400, "q");
    }

    @Test
    void soundParametersStillSearch() {
        given().when().get("/search?age=8&step=3&maxWaitingWeeks=10").then().statusCode(200);
    }
}
