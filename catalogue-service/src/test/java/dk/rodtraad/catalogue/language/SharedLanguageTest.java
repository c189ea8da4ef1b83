package dk.rodtraad.catalogue.language;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SharedLanguageTest {

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aNewMunicipalityStartsWithThePublishedDefaultLanguage() throws Throwable {
        given().when().get("/shared-language/versions/1").then().statusCode(200)
                .body("status", equalTo("offentliggjort"))
                .body("createdBy", equalTo("rodtraad"))
                .body("content.groups.code", hasItem("mistanke-om-overgreb"))
                .body("content.scale.code", equalTo(List.of("green", "yellow", "red")))
                .body("content.acute.name", equalTo("Akut – fare eller mistanke om overgreb"));

        var events = publishedEvents();
        assertTrue(events.stream().anyMatch(e -> e.payload.contains("\"version\":1")), "version 1 was published as an event");
        for (var event : events) {
            assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));
            assertEquals(SharedLanguage.ID, event.subjectId, "keyed by the shared language's id");
        }
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void theEditorDraftsChangesAndPublishesAVersionThatThenNeverChanges() throws Throwable {
        var content = currentContentWithAnExtraSign();

        JsonPath draft = given().contentType(ContentType.JSON).body(content).when().post("/shared-language/versions")
                .then().statusCode(201).body("status", equalTo("udkast")).extract().jsonPath();
        int number = draft.getInt("number");
        long version = draft.getLong("version");

        given().contentType(ContentType.JSON).body(content).when().post("/shared-language/versions")
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Konflikt"));

        given().contentType(ContentType.JSON).body(Map.of("version", version + 7, "content", content))
                .when().put("/shared-language/versions/{n}", number)
                .then().statusCode(409).contentType("application/problem+json");

        long changed = given().contentType(ContentType.JSON).body(Map.of("version", version, "content", content))
                .when().put("/shared-language/versions/{n}", number)
                .then().statusCode(200).extract().jsonPath().getLong("version");

        given().contentType(ContentType.JSON).body(Map.of("version", changed))
                .when().post("/shared-language/versions/{n}/publish", number)
                .then().statusCode(200).body("status", equalTo("offentliggjort")).body("publishedBy", equalTo("karin"));

        given().when().get("/shared-language/current").then().statusCode(200)
                .body("number", equalTo(number))
                .body("content.groups[0].signs.code", hasItem("test-tegn"));
        given().contentType(ContentType.JSON).body(Map.of("version", changed + 1, "content", content))
                .when().put("/shared-language/versions/{n}", number)
                .then().statusCode(409).body("detail", equalTo("Version " + number
                        + " er offentliggjort og kan ikke ændres. Lav et nyt udkast."));
        assertTrue(publishedEvents().stream().anyMatch(e -> e.payload.contains("\"version\":" + number)));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aProfessionalReadsButCannotDraft() {
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/shared-language/versions")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/shared-language/versions").then().statusCode(200)
                .body("status", not(hasItem("udkast")));
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void badContentIsRefusedByFieldAndNothingIsStored() throws Throwable {
        long before = versionsStored();

        rejected(Map.of()).body("errors.field", equalTo(List.of("acute", "groups", "scale")));

        var duplicateSign = currentContentWithAnExtraSign();
        group(duplicateSign, 1).put("signs", group(duplicateSign, 0).get("signs"));
        rejected(duplicateSign).body("errors[0].field", equalTo("groups[1].signs[0].code"));

        var agesReversed = currentContentWithAnExtraSign();
        sign(agesReversed, 0, 0).put("ageFromYears", 12);
        sign(agesReversed, 0, 0).put("ageToYears", 3);
        rejected(agesReversed).body("errors[0].field", equalTo("groups[0].signs[0].ageToYears"));

        var scaleReordered = currentContentWithAnExtraSign();
        @SuppressWarnings("unchecked") var scale = (List<Object>) scaleReordered.get("scale");
        scale.add(scale.removeFirst());
        rejected(scaleReordered).body("errors[0].field", equalTo("scale"));

        var badCode = currentContentWithAnExtraSign();
        sign(badCode, 0, 0).put("code", "Med Mellemrum");
        rejected(badCode).body("errors[0].field", equalTo("groups[0].signs[0].code"));

        assertEquals(before, versionsStored());
    }

    private static io.restassured.response.ValidatableResponse rejected(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/shared-language/versions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> currentContentWithAnExtraSign() {
        Map<String, Object> content = given().when().get("/shared-language/current").then().statusCode(200)
                .extract().jsonPath().getMap("content");
        var copy = deepCopy(content);
        var signs = (List<Object>) group(copy, 0).get("signs");
        signs.add(new HashMap<>(Map.of("code", "test-tegn", "name", "Et nyt tegn",
                "description", "Et tegn, som redaktøren har tilføjet.", "ageFromYears", 0, "ageToYears", 18)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> content, int index) {
        return (Map<String, Object>) ((List<Object>) content.get("groups")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sign(Map<String, Object> content, int group, int index) {
        return (Map<String, Object>) ((List<Object>) group(content, group).get("signs")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new HashMap<String, Object>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    private static long versionsStored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> LanguageVersion.count()));
    }

    private static List<OutboxEvent> publishedEvents() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                OutboxEvent.list("eventType", "dk.rodtraad.catalogue.taxonomy-published.v1")));
    }
}
