package dk.rodtraad.testkit;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * How every service refuses bad input, for the tests that send it (docs/architecture.md, "Input at the edge"): at
 * once, as {@code application/problem+json} with a status, a Danish title and detail and the fields named, or, to a
 * browser, as a Danish page naming them.
 */
public final class Refusals {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /**
     * The request gives up when no answer has come within 5 s, so one a service never answers fails its test rather
     * than holding it until the server closes the connection.
     */
    public static RequestSpecification impatient(RequestSpecification request) {
        return request.config(Patience.within(PATIENCE, PATIENCE));
    }

    /** A refusal as problem+json, naming exactly these fields in this order (none: no field list is checked). */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String... fields) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
        return fields.length == 0 ? response : response.body("errors.field", equalTo(List.of(fields)));
    }

    /** A refusal as a Danish page that names each of the fields. */
    public static ValidatableResponse page(ValidatableResponse response, int status, String... fields) {
        response.statusCode(status).contentType(containsString("text/html")).body(containsString("lang=\"da\""));
        for (String field : fields) {
            response.body(containsString("<strong>" + field + "</strong>"));
        }
        return response;
    }

    private Refusals() {
    }
}
