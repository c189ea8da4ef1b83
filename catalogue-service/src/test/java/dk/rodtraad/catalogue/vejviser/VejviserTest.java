package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.contracts.EventType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Vejviser: a new municipality starts with the default one; the katalogredaktør drafts and publishes versions
 * that speak the shared language and link real interventions; families read it without logging in. There is one draft
 * at a time, so every test that starts a draft publishes it before it ends.
 */
@QuarkusTest
class VejviserTest {

    @Inject
    Vejviser vejviser;

    @Test
    @TestSecurity(user = "sofie", roles = "fagperson")
    void aNewMunicipalityStartsWithTheDefaultVejviserForEverySignAndLevel() {
        given().when().get("/vejviser/versions/1").then().statusCode(200)
                .body("status", equalTo("offentliggjort"))
                .body("content.entries", hasSize(87))
                .body("content.entries.interventions", everyItem(empty()));
    }

    @Test
    void familiesReadTheVejviserWithoutLoggingInButNotWhatIsWrittenForStaff() {
        given().when().get("/vejviser/current").then().statusCode(200)
                .body("number", greaterThan(0))
                .body("content.entries[0].lookFor", not(emptyOrNullString()))
                .body("content.entries", everyItem(not(hasKey("parentsAndNetwork"))))
                .body("content.entries", everyItem(not(hasKey("whomToInvolve"))))
                .body("content.entries", everyItem(not(hasKey("whatToDo"))))
                .body("$", not(hasKey("createdBy")));
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void aPublishedVersionLinksInterventionsGoesOutAsAnEventAndNeverChanges() throws Throwable {
        String code = publishedIntervention().getString("content.code");
        JsonPath draft = draft(List.of(entry("angst", "yellow", List.of(code)))).then().statusCode(201).extract().jsonPath();

        JsonPath published = publish(draft).then().statusCode(200).body("status", equalTo("offentliggjort")).extract().jsonPath();

        given().when().get("/vejviser/current").then().body("number", equalTo(published.getInt("number")))
                .body("content.entries[0].interventions", equalTo(List.of(code)));
        var event = Fixtures.eventsAbout(Vejviser.ID).getLast();
        assertEquals(EventType.VEJVISER_PUBLISHED_V1.type(), event.eventType);
        assertTrue(event.payload.contains("\"version\":" + published.getInt("number")), event.payload);
        given().contentType(ContentType.JSON).body(Map.of("version", published.getLong("version"),
                        "content", Map.of("entries", List.of(entry("angst", "red", List.of())))))
                .when().put("/vejviser/versions/{n}", published.getInt("number")).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void everyEntryMustSpeakTheSharedLanguageAndLinkRealInterventions() throws Throwable {
        long before = versions();

        draft(List.of(entry("drager", "yellow", List.of()), entry("angst", "lilla", List.of()),
                entry("angst", "red", List.of("findes-ikke")), entry("angst", "red", List.of())))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("entries[0].sign", "entries[1].level",
                        "entries[2].interventions[0]", "entries[3]")))
                .body("errors[2].message", equalTo("Indsatsen findes ikke i kataloget eller er udgået: findes-ikke"));

        assertEquals(before, versions());
    }

    @Test
    @TestSecurity(user = "karin", roles = "katalogredaktoer")
    void aDraftCannotBePublishedOnceALinkedInterventionIsRetired() throws Throwable {
        JsonPath intervention = publishedIntervention();
        String code = intervention.getString("content.code");
        JsonPath draft = draft(List.of(entry("angst", "green", List.of(code)))).then().statusCode(201).extract().jsonPath();
        retire(intervention);

        publish(draft).then().statusCode(400).body("errors[0].field", equalTo("entries[0].interventions[0]"));

        given().contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version"),
                        "content", Map.of("entries", List.of(entry("angst", "green", List.of())))))
                .when().put("/vejviser/versions/{n}", draft.getInt("number")).then().statusCode(200);
        publish(given().when().get("/vejviser/versions/{n}", draft.getInt("number")).then().extract().jsonPath())
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "sofie", roles = "fagperson")
    void onlyTheKatalogredaktoerDrafts() {
        draft(List.of(entry("angst", "red", List.of()))).then().statusCode(403);
    }

    private static io.restassured.response.Response draft(List<Map<String, Object>> entries) {
        return given().contentType(ContentType.JSON).body(Map.of("entries", entries)).when().post("/vejviser/versions");
    }

    private static io.restassured.response.Response publish(JsonPath draft) {
        return given().contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version")))
                .when().post("/vejviser/versions/{n}/publish", draft.getInt("number"));
    }

    private static Map<String, Object> entry(String sign, String level, List<String> interventions) {
        var entry = new HashMap<String, Object>();
        entry.put("sign", sign);
        entry.put("level", level);
        entry.put("lookFor", "Barnet er bange for at gå i skole.");
        entry.put("whatToDo", "Tal med barnet og forældrene.");
        entry.put("whomToInvolve", "PPR.");
        entry.put("parentsAndNetwork", "Forældrene kan øve små skridt med barnet.");
        entry.put("interventions", interventions);
        return entry;
    }

    private static JsonPath publishedIntervention() {
        return Fixtures.publish(intervention(unique("vejviser"), "Angstgruppe"));
    }

    private static void retire(JsonPath intervention) {
        given().contentType(ContentType.JSON).body(Map.of("version", intervention.getLong("version"), "status", "udgaaet"))
                .when().post("/interventions/{id}/status", intervention.getString("id")).then().statusCode(200);
    }

    private long versions() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(vejviser::count);
    }
}
