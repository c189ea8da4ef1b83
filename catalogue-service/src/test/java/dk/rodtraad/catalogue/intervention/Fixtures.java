package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Interventions as an editor would write them, and what tests need to look behind the API. */
public final class Fixtures {

    /** A sound intervention; the tests change one field at a time. */
    public static Map<String, Object> intervention(String code, String name) {
        var content = new HashMap<String, Object>();
        content.put("code", code);
        content.put("name", name);
        content.put("shortDescription", "Et forløb for børn, der er meget ængstelige, og deres forældre.");
        content.put("longDescription", "Barnet og forældrene mødes med en psykolog ti gange. De lærer at tale om angsten og at øve sig.");
        content.put("ageFromYears", 7);
        content.put("ageToYears", 12);
        content.put("signs", List.of("angst"));
        content.put("type", "netvaerksgruppe");
        content.put("preventionLevel", "sekundaer");
        content.put("step", 3);
        content.put("department", "PPR");
        content.put("anchoring", "specialpaedagogik");
        content.put("legalBasis", "Folkeskoleloven § 12");
        content.put("method", "Cool Kids");
        content.put("evidenceLevel", "evidensbaseret");
        content.put("competences", List.of("Cool Kids-certificering"));
        content.put("capacityPerYear", 24);
        content.put("waitingWeeks", 6);
        content.put("access", "henvisning");
        content.put("contact", "PPR, tlf. 70 20 30 40");
        content.put("locations", List.of("Rådhuset"));
        return content;
    }

    /** Creates the intervention as the logged-in editor and publishes it. */
    public static JsonPath publish(Map<String, Object> content) {
        JsonPath draft = given().contentType(ContentType.JSON).body(content).when().post("/interventions")
                .then().statusCode(201).extract().jsonPath();
        return given().contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version"), "status", "offentliggjort"))
                .when().post("/interventions/{id}/status", draft.getString("id"))
                .then().statusCode(200).extract().jsonPath();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Intervention.count()));
    }

    public static List<OutboxEvent> eventsAbout(UUID interventionId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                OutboxEvent.list("subjectId = ?1 order by id", interventionId)));
    }

    private Fixtures() {
    }
}
