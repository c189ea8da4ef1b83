package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.testkit.AtOnce;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.notification.NotificationFixtures.stored;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An underretning sent again with its Idempotency-Key (a retry after an answer lost on the way) reaches the
 * authority once: a second would start a second set of statutory deadlines for the same notification.
 */
@QuarkusTest
class NotifyAuthorityOnceTest {

    private static final String NOTIFIED = "dk.rodtraad.concern.notified.v1";

    @Test
    void anUnderretningSentAgainWithItsKeyIsAnsweredWithTheFirstAndStoredOnce() throws Throwable {
        var concern = as(LISE).body(concern(uniqueCpr(), "Otto Skov", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        String key = UUID.randomUUID().toString();
        var first = as(LISE).header(IdempotencyKey.HEADER, key).body(notice())
                .when().post("/concerns/{id}/notification", concern.<String>path("id")).then().statusCode(201)
                .extract();
        long before = stored();

        var again = as(LISE).header(IdempotencyKey.HEADER, key).body(notice())
                .when().post("/concerns/{id}/notification", concern.<String>path("id")).then().statusCode(201)
                .extract();

        assertEquals(first.<String>path("id"), again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.<String>path("receivedAt"), again.path("receivedAt"), "the first's deadlines");
        assertEquals(before, stored(), "nothing more stored, no event more");
        assertEquals(1, notified(concern.path("childId")));
    }

    @Test
    void theSameKeyWithAnotherUnderretningIsRefusedAndStoresNothing() throws Throwable {
        String key = UUID.randomUUID().toString();
        String cpr = uniqueCpr();
        as(HANNE).header(IdempotencyKey.HEADER, key).body(noticeAbout(cpr, "Vera Skov"))
                .when().post("/notifications").then().statusCode(201);
        long before = stored();

        var other = noticeAbout(cpr, "Vera Skov");
        other.put("knownOrSuspected", "Noget andet.");
        as(HANNE).header(IdempotencyKey.HEADER, key).body(other).when().post("/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("errors[0].message",
                        equalTo("Nøglen er allerede brugt til en anden forespørgsel. Send en ny nøgle"));
        assertEquals(before, stored());
    }

    @Test
    void oneUnderretningSentThreeTimesAtOnceAboutANewChildIsStoredOnce() throws Throwable {
        String key = UUID.randomUUID().toString();
        var body = noticeAbout(uniqueCpr(), "Alfred Skov");
        List<Callable<Response>> sendings = List.of(() -> send(key, body), () -> send(key, body),
                () -> send(key, body));

        var answers = AtOnce.call(sendings);

        answers.forEach(answer -> assertEquals(201, answer.statusCode(), answer.asString()));
        assertEquals(1, answers.stream().map(answer -> answer.path("id")).distinct().count(), "one underretning");
        assertEquals(1, notified(answers.getFirst().path("childId")));
    }

    @Test
    void aKeyThatIsNotOneIsRefusedAndStoresNothing() throws Throwable {
        long before = stored();
        as(HANNE).header(IdempotencyKey.HEADER, "to ord").body(noticeAbout(uniqueCpr(), "Karl Skov"))
                .when().post("/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("errors[0].message", equalTo("Nøglen skal være 1-255 synlige ASCII-tegn, fx et UUID"));
        assertEquals(before, stored());
    }

    @Test
    void twoKeysOrAnEmptyOneAreRefusedAndStoreNothing() throws Throwable {
        long before = stored();
        as(HANNE).header(IdempotencyKey.HEADER, UUID.randomUUID().toString())
                .header(IdempotencyKey.HEADER, UUID.randomUUID().toString()).body(noticeAbout(uniqueCpr(), "Eva Skov"))
                .when().post("/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER))
                .body("errors[0].message", equalTo("Send én nøgle pr. forespørgsel"));
        as(HANNE).header(IdempotencyKey.HEADER, "").body(noticeAbout(uniqueCpr(), "Eva Skov"))
                .when().post("/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        assertEquals(before, stored());
    }

    private static Response send(String key, Object body) {
        return as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/notifications").andReturn();
    }

    private static long notified(String childId) throws Throwable {
        return outboxFor(UUID.fromString(childId)).stream().filter(event -> NOTIFIED.equals(event.eventType)).count();
    }
}
