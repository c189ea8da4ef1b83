package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class RecordConcernTest {

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void recordsAConcernAndPublishesItWithoutCprOrName() throws Throwable {
        String cpr = uniqueCpr();
        String childId = given().contentType(ContentType.JSON)
                .body(concern(cpr, "Asta Jensen", "yellow", "sundhedspleje"))
                .when().post("/concerns")
                .then().statusCode(201)
                .header("Location", containsString("/concerns/"))
                .body("level", equalTo("yellow"))
                .body("setting", equalTo("sundhedspleje"))
                .body("recordedBy", equalTo("hanne"))
                .body("childId", notNullValue())
                .extract().path("childId");

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(1, events.size());
        assertEquals("dk.rodtraad.concern.raised.v1", events.getFirst().eventType);
        assertEquals(List.of(), EventSchemas.validate(events.getFirst().eventType, events.getFirst().payload));
        assertFalse(events.getFirst().payload.contains(cpr), "the event must not carry the CPR number");
        assertFalse(events.getFirst().payload.contains("Asta"), "the event must not carry the name");
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void theConcernReachesTheChildsTimelineThroughKafka() {
        String childId = given().contentType(ContentType.JSON)
                .body(concern(uniqueCpr(), "Bertram Holm", "red", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/children/{id}/timeline", childId)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].type", equalTo("dk.rodtraad.concern.raised.v1"))
                .body("[0].data.level", equalTo("red")));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aSecondConcernAboutTheSameChildKeepsItsPseudonym() {
        String cpr = uniqueCpr();
        String first = given().contentType(ContentType.JSON).body(concern(cpr, "Cille Dam", "yellow", "dagtilbud"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String second = given().contentType(ContentType.JSON).body(concern(cpr, "Cille Dam", "red", "dagtilbud"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        assertEquals(first, second);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void readsARecordedConcernBackAndAnswers404ForAnUnknownOne() {
        String id = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Dagmar Krog", "green", "fritid"))
                .when().post("/concerns").then().statusCode(201).extract().path("id");

        given().when().get("/concerns/{id}", id).then().statusCode(200).body("observation", equalTo("Trækker sig fra legen."));
        given().when().get("/concerns/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "mette", roles = "myndighed")
    void theAuthorityDoesNotRecordConcerns() {
        given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Emil Lund", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(403).contentType("application/problem+json");
    }

    static Map<String, Object> concern(String cpr, String name, String level, String setting) {
        return Map.of(
                "child", Map.of("cpr", cpr, "name", name),
                "level", level,
                "setting", setting,
                "observedOn", LocalDate.now().minusDays(2).toString(),
                "observation", "Trækker sig fra legen.");
    }

    /** A CPR-shaped number no other test uses (tests share one database). */
    static String uniqueCpr() {
        int serial = (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 10_000);
        int day = 1 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 28);
        return String.format("%02d%02d%02d-%04d", day, 1 + serial % 12, 10 + serial % 15, serial);
    }

    static List<OutboxEvent> outboxFor(UUID childId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.list("subjectId", childId)));
    }

    static long storedConcernsAndChildren() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Concern.count()
                .chain(concerns -> Child.count().map(children -> concerns + children))));
    }
}
