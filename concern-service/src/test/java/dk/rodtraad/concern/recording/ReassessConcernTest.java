package dk.rodtraad.concern.recording;

import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
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
