package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.testkit.AtOnce;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two editors creating an intervention with the same code in the same moment: the code is checked before the write,
 * but both can pass the check before either commits, and the code's unique constraint then stops the second. That
 * one is told of the simultaneous change (409, problem+json), not of a fault of ours (500), and nothing of it is kept.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class SimultaneousCreateTest {

    private static final int AT_ONCE = 4;
    /** Several codes, as one round's requests may happen to reach the database one after the other. */
    private static final int CODES = 5;

    @Test
    void theSecondOfTwoInterventionsWithOneCodeIsRefusedNeverAFault() throws Throwable {
        for (int round = 0; round < CODES; round++) {
            String code = unique("samtidig");
            Callable<Response> create = () -> given().contentType(ContentType.JSON)
                    .body(intervention(code, "Samtidig oprettet")).when().post("/interventions").andReturn();
            var answers = AtOnce.call(Collections.nCopies(AT_ONCE, create));

            assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(),
                    "one creates it: " + answers.stream().map(Response::asString).toList());
            for (Response refused : answers.stream().filter(answer -> answer.statusCode() != 201).toList()) {
                assertTrue(List.of(400, 409).contains(refused.statusCode()), refused.asString());
                assertEquals("application/problem+json", refused.contentType(), refused.asString());
                if (refused.statusCode() == 409) {
                    assertEquals("Samtidig ændring", refused.path("title"), refused.asString());
                } else {
                    assertEquals("code", refused.path("errors[0].field"), refused.asString());
                }
            }
            assertEquals(1L, VertxContextSupport.<Long>subscribeAndAwait(() -> Panache.withSession(() ->
                    Intervention.count("code", code))), "one intervention holds the code");
        }
    }
}
