package dk.rodtraad.chassis.problem;

import dk.rodtraad.chassis.input.InputProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.testkit.Refusals.page;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A query parameter the resource method cannot convert is the client's error, not a missing resource: a 400 naming
 * each such parameter by the name the client used, instead of Jakarta REST's bare "HTTP 404 Not Found".
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class UnreadableParametersTest {

    @Test
    void aParameterThatIsNoNumberIsA400NamingIt() {
        int before = InputProbe.reached();
        problem(given().when().get("/probe?age=abc").then(), 400, "age")
                .body("errors[0].message", equalTo("Skal være et helt tal"));
        assertEquals(before, InputProbe.reached());
    }

    @Test
    void everyUnreadableParameterIsNamedByItsNameInTheAddress() {
        problem(given().when().get("/probe?age=abc&trin=x&q=fint&day=2026-01-01&day=igår").then(), 400, "age", "trin", "day")
                .body("errors[2].message", equalTo("Skal være en dato som åååå-mm-dd"));
    }

    @Test
    void aPageNamesTheParameterOnADanishPage() {
        page(given().accept("text/html").when().get("/probe/side?nummer=to").then(), 400, "nummer")
                .body(containsString("Ugyldige oplysninger"));
    }

    @Test
    void soundParametersAreRead() {
        given().when().get("/probe?age=7&trin=3&day=2026-01-01").then().statusCode(200)
                .body("age", equalTo("7")).body("trin", equalTo("3"));
    }
}
