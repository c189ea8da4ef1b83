package dk.rodtraad.chassis.input;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;

import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A JSON body over HTTP: a value of the wrong JSON type, a control character in a string or a date outside the
 * municipality's work is a 400 naming the field with what it should be, and the resource is never reached.
 */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class JsonInputTest {

    @Test
    void aNumberOrNullIsNoBooleanAndSaysWhatIsWanted() {
        refused("{\"flag\": 1}", "flag").body("errors[0].message", equalTo("Skal være true eller false"));
        refused("{\"flag\": null}", "flag").body("errors[0].message", equalTo("Skal være true eller false"));
    }

    @Test
    void aTextIsNoNumberAndANumberNoText() {
        refused("{\"count\": \"7\"}", "count").body("errors[0].message", equalTo("Skal være et helt tal"));
        refused("{\"text\": 7}", "text").body("errors[0].message", equalTo("Skal være en tekst"));
    }

    @Test
    void aListOrATextWhereAnObjectIsReadSaysSoAndBrokenJsonIsToldAsSuch() {
        refused("[1, 2]", "body").body("errors[0].message", equalTo("Skal være et JSON-objekt med felter: { … }"));
        refused("\"tekst\"", "body").body("errors[0].message", equalTo("Skal være et JSON-objekt med felter: { … }"));
        refused("{\"text\": ", "body").body("errors[0].message", equalTo("Forespørgslen er ikke gyldig JSON"));
    }

    @Test
    void aControlCharacterInAStringIsRefusedNamingTheField() {
        refused("{\"text\": \"leg\\u0000e\"}", "text").body("errors[0].message", equalTo(PlainText.MESSAGE));
        refused("{\"words\": [\"fint\", \"\\u0007\"]}", "words[1]");
    }

    @Test
    void aDateBefore1900OrAfter2099OrAHappenedDateInTheFutureIsRefused() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1);
        refused("{\"seenOn\": \"0001-01-01\"}", "seenOn").body("errors[0].message", equalTo("Datoen kan ikke ligge før år 1900"));
        refused("{\"seenOn\": \"" + tomorrow + "\"}", "seenOn").body("errors[0].message", equalTo("Datoen må ikke ligge i fremtiden"));
        refused("{\"plannedFor\": \"2100-01-01\"}", "plannedFor").body("errors[0].message", equalTo("Datoen kan ikke ligge efter år 2099"));
        refused("{\"seenOn\": \"2026-02-30\"}", "seenOn").body("errors[0].message", equalTo("Skal være en dato som åååå-mm-dd"));
    }

    @Test
    void datesWithinTheMunicipalitysWorkAreRead() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        given().contentType(ContentType.JSON)
                .body("{\"seenOn\": \"" + today + "\", \"plannedFor\": \"" + today.plusYears(1) + "\", \"flag\": true}")
                .when().post("/probe").then().statusCode(200)
                .body("seenOn", equalTo(today.toString())).body("flag", equalTo(true));
    }

    @Test
    void aListWithThousandsOfBadValuesIsToldTheFirstHundredAndHowManyMore() {
        String tags = String.join(",", Collections.nCopies(2_500, "\" \""));
        int before = InputProbe.reached();
        problem(given().contentType(ContentType.JSON).body("{\"tags\": [" + tags + "]}").when().post("/probe").then(),
                400)
                .body("errors", hasSize(101))
                .body("errors[0].field", equalTo("tags[0]")).body("errors[0].message", equalTo("Skriv et mærke"))
                .body("errors[100].field", equalTo("body"))
                .body("errors[100].message", equalTo("… og 2.400 fejl mere. Ret de viste, og send igen for at se resten."));
        assertEquals(before, InputProbe.reached());
    }

    private static ValidatableResponse refused(String body, String field) {
        int before = InputProbe.reached();
        var response = problem(given().contentType(ContentType.JSON).body(body).when().post("/probe").then(), 400, field);
        assertEquals(before, InputProbe.reached(), "a refused request must not reach the resource");
        return response;
    }
}
