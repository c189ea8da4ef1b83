package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.input.InputProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request that matches no operation (an address with nothing on it, a method the address does not take, a body or
 * an answer of a type the operation does not speak) is told so in Danish, naming what did not match, and where to
 * look: not Quarkus REST's English ("did not match the value in @Consumes"). Nothing reaches a resource.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class UnmatchedRequestTest {
    /** Prometheus's metrics, on the management interface (ADR 0036). */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void anAddressWithNothingOnItIsNamed() {
        int before = InputProbe.reached();
        problem(given().accept("application/json").when().get("/probe/intet-her").then(), 404)
                .body("title", equalTo("Findes ikke"))
                .body("detail", allOf(containsString("/probe/intet-her"), containsString("/q/openapi")));
        assertEquals(before, InputProbe.reached());
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsNamed() {
        int before = InputProbe.reached();
        problem(given().when().delete("/probe").then(), 405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("title", equalTo("Metoden er ikke tilladt"))
                .body("detail", allOf(containsString("/probe"), containsString("ikke imod DELETE"),
                        containsString("Den tager imod GET og POST"), containsString("/q/openapi")));
        assertEquals(before, InputProbe.reached());
    }

    /** Quarkus REST's own answer named the methods of the whole class: GET too, which only /probe takes. */
    @Test
    void optionsNamesTheMethodsOfTheAddressNotOfItsClass() {
        given().when().options("/probe/form").then().statusCode(200).header("Allow", equalTo("OPTIONS, POST"));
        given().when().options("/probe").then().statusCode(200).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void aBodyOfATypeTheOperationDoesNotTakeIsNamed() {
        int before = InputProbe.reached();
        problem(given().contentType("text/plain").body("hej").when().post("/probe").then(), 415)
                .body("title", equalTo("Forkert indholdstype"))
                .body("detail", allOf(containsString("text/plain"), containsString("oftest application/json"),
                        containsString("/q/openapi"), not(containsString("@Consumes"))));
        assertEquals(before, InputProbe.reached());
    }

    @Test
    void anAnswerOfATypeTheOperationDoesNotGiveIsNamed() {
        int before = InputProbe.reached();
        problem(given().accept("application/xml").when().get("/probe").then(), 406)
                .body("title", equalTo("Formatet kan ikke leveres"))
                .body("detail", allOf(containsString("application/xml"), not(containsString("@Produces"))));
        assertEquals(before, InputProbe.reached());
    }

    /**
     * The request metrics name an address by its template; one that matches none is not a metric of its own. Quarkus
     * kept the raw address of every such 4xx but a 404 as its own series, so an attacker's odd addresses took the
     * 100 that Micrometer keeps, after which no new address of the service was measured at all.
     */
    @Test
    void anAddressThatMatchesNothingIsNotAMetricOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            given().urlEncodingEnabled(false).when().get("/ingen-skabelon-" + i + "/%FF").then().statusCode(400);
        }
        given().when().get(metrics).then().statusCode(200)
                .body(allOf(not(containsString("ingen-skabelon")), containsString("status=\"400\",uri=\"UNKNOWN\"")));
    }
}
