package dk.rodtraad.catalogue.intervention;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class InterventionBadInputTest {

    @Test
    void anEmptyInterventionNamesEveryMissingField() throws Throwable {
        long before = stored();
        rejected(Map.of()).body("errors.field", hasItems("code", "name", "shortDescription", "longDescription", "signs",
                "type", "preventionLevel", "step", "department", "anchoring", "legalBasis", "evidenceLevel",
                "competences", "access", "contact", "locations"));
        assertEquals(before, stored());
    }

    @Test
    void aCodeOutsideItsListNamesTheAllowedCodes() throws Throwable {
        long before = stored();
        var content = intervention(unique("forkert-type"), "Forkert type");
        content.put("type", "kursus");
        rejected(content).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("Skal være en af: raadgivning, netvaerksgruppe, konsultativ-sparring, civilsamfund, mellemform"));
        assertEquals(before, stored());
    }

    @Test
    void signsMustComeFromTheSharedLanguageOnce() throws Throwable {
        long before = stored();
        var content = intervention(unique("ukendt-tegn"), "Ukendt tegn");
        content.put("signs", List.of("angst", "drager", "angst"));
        rejected(content).body("errors.field", equalTo(List.of("signs[1]", "signs[2]")))
                .body("errors[0].message", equalTo("Tegnet findes ikke i det fælles sprog: drager"));
        assertEquals(before, stored());
    }

    @Test
    void rangesAndCodesAreChecked() throws Throwable {
        long before = stored();
        var content = intervention("Med Mellemrum", "Forkert kode");
        content.put("ageFromYears", 14);
        content.put("ageToYears", 6);
        content.put("step", 7);
        content.put("waitingWeeks", -1);
        rejected(content).body("errors.field", equalTo(List.of("code", "step", "waitingWeeks")));
        content.put("code", unique("aldre"));
        content.put("step", 2);
        content.put("waitingWeeks", 0);
        rejected(content).body("errors.field", equalTo(List.of("ageToYears")));
        assertEquals(before, stored());
    }

    @Test
    void aCodeIsUsedOnceAndNeverChanged() throws Throwable {
        var content = intervention(unique("en-gang"), "Første");
        var created = Fixtures.publish(content);
        long before = stored();
        rejected(content).body("errors[0].field", equalTo("code")).body("errors[0].message", equalTo("Koden bruges allerede af Første"));
        content.put("code", unique("ny-kode"));
        given().contentType(ContentType.JSON).body(Map.of("version", created.getLong("version"), "content", content))
                .when().put("/interventions/{id}", created.getString("id"))
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        assertEquals(before, stored());
    }

    @Test
    void malformedRequestsAreProblemsNotErrors() {
        given().contentType(ContentType.JSON).body("{\"code\": ").when().post("/interventions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().when().get("/interventions/{id}", "ikke-et-id")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "status", "slettet"))
                .when().post("/interventions/{id}/status", java.util.UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0, "status", "pause"))
                .when().post("/interventions/{id}/status", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("status", "pause"))
                .when().post("/interventions/{id}/status", java.util.UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    private static ValidatableResponse rejected(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/interventions")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
