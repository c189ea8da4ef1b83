package dk.rodtraad.concern.recording.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A concern sent again with its key (a retry, a form sent twice) is recorded once. */
@QuarkusTest
class RecordConcernOnceTest {

    private static final String RAISED = "dk.rodtraad.concern.raised.v2";

    @Test
    void aConcernSentAgainWithItsKeyIsAnsweredWithTheFirstAndRecordedOnce() throws Throwable {
        String key = UUID.randomUUID().toString();
        var body = concern(uniqueCpr(), "Lea Brink", "yellow", "sundhedspleje");
        var first = as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/concerns")
                .then().statusCode(201).extract();
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/concerns")
                .then().statusCode(201).header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("history.size()", equalTo(1));
        assertEquals(1, raised(first.path("childId")));
    }

    @Test
    void theFormSentTwiceRecordsOneConcern() throws Throwable {
        var sent = ConcernPagesTest.valid(uniqueCpr(), "Mads Brink");
        sent.put(IdempotencyKey.FORM_FIELD, UUID.randomUUID().toString());
        String first = form(HANNE, sent).when().post("/bekymringer/ny").then().statusCode(303)
                .extract().header("Location");
        String again = form(HANNE, sent).when().post("/bekymringer/ny").then().statusCode(303)
                .extract().header("Location");
        assertEquals(first, again, "both lead to the child's page");
        String childId = first.substring(first.indexOf("/boern/") + "/boern/".length(), first.indexOf('?'));
        assertEquals(1, raised(childId));
    }

    private static long raised(String childId) throws Throwable {
        return outboxFor(UUID.fromString(childId)).stream().filter(event -> RAISED.equals(event.eventType)).count();
    }
}
