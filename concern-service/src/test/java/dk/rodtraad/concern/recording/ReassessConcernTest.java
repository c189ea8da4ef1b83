package dk.rodtraad.concern.recording;

import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class ReassessConcernTest {

    @Test
    void aReassessmentChangesTheCurrentLevelKeepsTheHistoryAndPublishesIt() throws Throwable {
        var created = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Mads Bro", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        String id = created.path("id");
        String sign = signInForce();

        given().contentType(ContentType.JSON)
                .body(Map.of("level", "red", "acute", true, "signs", List.of(sign), "version", created.path("version")))
                .when().post("/concerns/{id}/reassessments", id)
                .then().statusCode(200)
                .body("level", equalTo("red"))
                .body("acute", equalTo(true))
                .body("version", equalTo(1))
                .body("history", hasSize(2))
                .body("history.level", equalTo(List.of("yellow", "red")));

        given().when().get("/concerns/{id}", id).then().statusCode(200)
                .body("level", equalTo("red")).body("history", hasSize(2));

        var events = outboxFor(UUID.fromString(created.path("childId")));
        assertEquals(List.of("dk.rodtraad.concern.raised.v2", "dk.rodtraad.concern.reassessed.v1"),
                events.stream().map(event -> event.eventType).toList());
        assertEquals(List.of(), EventSchemas.validate(events.getLast().eventType, events.getLast().payload));
        assertFalse(events.getLast().payload.contains("Mads"));
    }

    /**
     * The timeline renders each entry once and keeps it (TimelineReader): a timeline read before a new event arrives
     * must still show the new one on the next read, after the kept ones, each with its sentence.
     */
    @Test
    void aTimelineReadBeforeTheReassessmentShowsItOnTheNextRead() {
        var created = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Sara Lind", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        String childId = created.path("childId");
        String raised = await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .when().get("/children/{id}/timeline", childId).then().statusCode(200)
                .extract().jsonPath().getString("[0].eventId"), java.util.Objects::nonNull);
        String raisedText = given().when().get("/children/{id}/timeline", childId).then()
                .body("$", hasSize(1)).extract().path("[0].text");

        given().contentType(ContentType.JSON)
                .body(Map.of("level", "red", "acute", false, "signs", List.of(signInForce()), "version", 0))
                .when().post("/concerns/{id}/reassessments", created.<String>path("id")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/children/{id}/timeline", childId).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", hasSize(2))
                .body("[0].eventId", equalTo(raised))
                .body("[0].text", equalTo(raisedText))
                .body("type", equalTo(List.of("dk.rodtraad.concern.raised.v2", "dk.rodtraad.concern.reassessed.v1")))
                .body("[1].data.level", equalTo("red"))
                .body("[1].text", containsString("vurderede bekymringen igen: nu rød")));
    }

    @Test
    void aReassessmentMadeOnAStaleVersionIsRefusedWith409AndStoresNothing() throws Throwable {
        var created = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Nanna Dal", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        String id = created.path("id");
        var reassessment = Map.of("level", "red", "acute", false, "signs", List.of(signInForce()), "version", 0);
        given().contentType(ContentType.JSON).body(reassessment).when().post("/concerns/{id}/reassessments", id)
                .then().statusCode(200);

        long before = storedConcernsAndChildren();
        given().contentType(ContentType.JSON).body(Map.of("level", "green", "acute", false,
                        "signs", List.of(signInForce()), "version", 0))
                .when().post("/concerns/{id}/reassessments", id)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(before, storedConcernsAndChildren());
        given().when().get("/concerns/{id}", id).then().body("level", equalTo("red"));
    }

    @Test
    void aReassessmentWithAnUnknownSignNamesItAndStoresNothing() throws Throwable {
        var created = given().contentType(ContentType.JSON).body(concern(uniqueCpr(), "Otto Kær", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        long before = storedConcernsAndChildren();
        given().contentType(ContentType.JSON)
                .body(Map.of("level", "red", "acute", false, "signs", List.of("opdigtet"), "version", 0))
                .when().post("/concerns/{id}/reassessments", created.<String>path("id"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("signs[0]")));
        given().contentType(ContentType.JSON).body(Map.of("acute", false))
                .when().post("/concerns/{id}/reassessments", created.<String>path("id"))
                .then().statusCode(400).body("errors.field", equalTo(List.of("level", "signs", "version")));
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void reassessingAnUnknownConcernIs404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("level", "red", "acute", false, "signs", List.of(signInForce()), "version", 0))
                .when().post("/concerns/{id}/reassessments", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
