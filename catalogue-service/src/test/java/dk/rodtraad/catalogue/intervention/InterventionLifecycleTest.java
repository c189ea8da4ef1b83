package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.catalogue.intervention.Fixtures.eventsAbout;
import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InterventionLifecycleTest {

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void anInterventionIsDraftedPublishedChangedPausedAndRetiredWithItsHistoryAndEvents() throws Throwable {
        var content = intervention(unique("angstgruppe"), "Angstgruppe for skolebørn");
        JsonPath draft = given().contentType(ContentType.JSON).body(content).when().post("/interventions")
                .then().statusCode(201).body("status", equalTo("udkast")).body("revision", equalTo(1))
                .body("content.type", equalTo("netvaerksgruppe")).extract().jsonPath();
        String id = draft.getString("id");
        assertEquals(List.of(), eventsAbout(UUID.fromString(id)), "a draft is the editors' own business");

        long version = status(id, draft.getLong("version"), "offentliggjort").getLong("version");

        content.put("waitingWeeks", 2);
        given().contentType(ContentType.JSON).body(Map.of("version", version - 1, "content", content))
                .when().put("/interventions/{id}", id)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Ændret af en anden"));
        version = given().contentType(ContentType.JSON).body(Map.of("version", version, "content", content))
                .when().put("/interventions/{id}", id)
                .then().statusCode(200).body("content.waitingWeeks", equalTo(2)).body("revision", equalTo(3))
                .extract().jsonPath().getLong("version");

        version = status(id, version, "pause").getLong("version");
        version = status(id, version, "offentliggjort").getLong("version");
        version = status(id, version, "udgaaet").getLong("version");

        given().contentType(ContentType.JSON).body(Map.of("version", version, "status", "offentliggjort"))
                .when().post("/interventions/{id}/status", id)
                .then().statusCode(409).body("detail", equalTo("En indsats med status 'Udgået' kan ikke få status 'Offentliggjort'."));
        given().contentType(ContentType.JSON).body(Map.of("version", version, "content", content))
                .when().put("/interventions/{id}", id)
                .then().statusCode(409).body("detail", equalTo("Indsatsen er udgået og kan ikke ændres."));

        given().when().get("/interventions/{id}/history", id).then().statusCode(200)
                .body("change", equalTo(List.of("udgaaet", "offentliggjort", "sat-paa-pause", "aendret", "offentliggjort", "oprettet")))
                .body("revision", equalTo(List.of(6, 5, 4, 3, 2, 1)))
                .body("[3].content.waitingWeeks", equalTo(2))
                .body("[5].content.waitingWeeks", equalTo(6))
                .body("changedBy", equalTo(List.of("karin", "karin", "karin", "karin", "karin", "karin")));

        var events = eventsAbout(UUID.fromString(id));
        assertEquals(List.of("dk.rodtraad.catalogue.intervention-published.v1", "dk.rodtraad.catalogue.intervention-changed.v1",
                        "dk.rodtraad.catalogue.intervention-paused.v1", "dk.rodtraad.catalogue.intervention-published.v1",
                        "dk.rodtraad.catalogue.intervention-retired.v1"),
                events.stream().map(e -> e.eventType).toList());
        for (OutboxEvent event : events) {
            assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));
        }
        assertEquals(true, events.getLast().payload.contains("\"status\":\"udgaaet\""));
        assertEquals(false, events.getFirst().payload.contains("70 20 30 40"), "contact details stay in the catalogue");
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void aDraftDroppedBeforePublishingNeverLeavesTheCatalogue() throws Throwable {
        JsonPath draft = given().contentType(ContentType.JSON).body(intervention(unique("kladde"), "Kladde"))
                .when().post("/interventions").then().statusCode(201).extract().jsonPath();
        status(draft.getString("id"), draft.getLong("version"), "udgaaet");
        assertEquals(List.of(), eventsAbout(UUID.fromString(draft.getString("id"))));
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void twoEditorsCannotOverwriteEachOther() {
        JsonPath draft = given().contentType(ContentType.JSON).body(intervention(unique("samtidig"), "Samtidig"))
                .when().post("/interventions").then().statusCode(201).extract().jsonPath();
        status(draft.getString("id"), draft.getLong("version"), "offentliggjort");
        given().contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version"), "status", "pause"))
                .when().post("/interventions/{id}/status", draft.getString("id"))
                .then().statusCode(409).contentType("application/problem+json");
    }

    private static JsonPath status(String id, long version, String status) {
        return given().contentType(ContentType.JSON).body(Map.of("version", version, "status", status))
                .when().post("/interventions/{id}/status", id)
                .then().statusCode(200).body("status", equalTo(status)).extract().jsonPath();
    }
}
