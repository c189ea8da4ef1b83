package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.input.PlainText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.concernAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad input is a 400 problem+json naming the fields, and stores nothing. */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
@OidcSecurity(claims = @Claim(key = "profession", value = "sundhedsplejerske"))
class RecordConcernBadInputTest {

    @Test
    void namesEveryMissingField() throws Throwable {
        rejected("{}").body("errors.field",
                hasItems("child", "signs", "level", "setting", "observedOn", "observation", "parents", "childView"));
    }

    @Test
    void rejectsACprInTheWrongFormatWithTheDanishMessage() throws Throwable {
        rejected(concern("01011-01234", "Frida Bach", "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", equalTo("CPR-nummeret skal have formen DDMMÅÅ-XXXX"));
    }

    @Test
    void rejectsACprWhoseDateDoesNotExist() throws Throwable {
        rejected(concern("310220-1234", "Frida Bach", "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", equalTo("CPR-nummeret indeholder en dato, der ikke findes"));
    }

    @Test
    void rejectsAChildWithoutCprNameOrId() throws Throwable {
        rejected(concernAbout(new HashMap<>(), "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.cpr", "child.name")));
    }

    @Test
    void rejectsAnUnknownChildId() throws Throwable {
        rejected(concernAbout(new HashMap<>(Map.of("id", UUID.randomUUID().toString())), "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.id")))
                .body("errors[0].message", equalTo("Barnet findes ikke"));
    }

    @Test
    void rejectsAChildIdTogetherWithACpr() throws Throwable {
        rejected(concernAbout(new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "cpr", uniqueCpr(),
                "name", "Gro Lind")), "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.id")));
    }

    @Test
    void rejectsAnObservationDateInTheFuture() throws Throwable {
        var body = concern(uniqueCpr(), "Gustav Lind", "yellow", "skole");
        // Tomorrow in the municipality: at 23:30 UTC it is already tomorrow in Copenhagen.
        body.put("observedOn", LocalDate.now(DanishDates.MUNICIPALITY).plusDays(1).toString());
        rejected(body).body("errors.field", equalTo(List.of("observedOn")));
    }

    @Test
    void rejectsALevelOffTheScale() throws Throwable {
        rejected(concern(uniqueCpr(), "Hilda Friis", "purple", "skole")).body("errors.field", equalTo(List.of("level")));
    }

    @Test
    void rejectsABlankObservationAndABlankName() throws Throwable {
        var body = concern(uniqueCpr(), " ", "yellow", "skole");
        body.put("observation", "   ");
        rejected(body).body("errors.field", equalTo(List.of("child.name", "observation")));
    }

    @Test
    void rejectsASignThatIsNotInTheSharedLanguage() throws Throwable {
        var body = concern(uniqueCpr(), "Ib Holt", "yellow", "skole");
        body.put("signs", List.of(signInForce(), "findes-ikke"));
        rejected(body).body("errors.field", equalTo(List.of("signs[1]")));
    }

    @Test
    void rejectsAConcernWithoutSigns() throws Throwable {
        var body = concern(uniqueCpr(), "Ib Holt", "yellow", "skole");
        body.put("signs", List.of());
        rejected(body).body("errors.field", equalTo(List.of("signs")));
    }

    @Test
    void rejectsAConcernThatNeitherInvolvesTheParentsNorSaysWhyNot() throws Throwable {
        var body = concern(uniqueCpr(), "Jonna Vest", "yellow", "skole");
        body.remove("parents");
        body.put("parentsNotInvolvedReason", "  ");
        rejected(body).body("errors.field", equalTo(List.of("parents")));
    }

    @Test
    void rejectsAReasonForNotInvolvingParentsWhoWereInvolved() throws Throwable {
        var body = concern(uniqueCpr(), "Jonna Vest", "yellow", "skole");
        body.put("parentsNotInvolvedReason", "Mistanke om overgreb.");
        rejected(body).body("errors.field", equalTo(List.of("parentsNotInvolvedReason")));
    }

    @Test
    void rejectsAnIncompleteParentsInvolvement() throws Throwable {
        var body = concern(uniqueCpr(), "Karl Øst", "yellow", "skole");
        body.put("parents", Map.of("how", "brevdue"));
        rejected(body).body("errors.field", equalTo(List.of("parents.how")));
        body.put("parents", Map.of("involvedOn", LocalDate.now().plusDays(3).toString(), "how", "moede"));
        rejected(body).body("errors.field", equalTo(List.of("parents.involvedBy", "parents.involvedOn")));
    }

    @Test
    void rejectsAConcernWithoutTheChildsView() throws Throwable {
        var body = concern(uniqueCpr(), "Lea Nord", "yellow", "skole");
        body.remove("childView");
        rejected(body).body("errors.field", equalTo(List.of("childView")));
        body.put("childView", Map.of("method", "smiley-skala", "view", " "));
        rejected(body).body("errors.field", equalTo(List.of("childView.view")));
    }

    @Test
    void rejectsAControlCharacterInAnyTextNamingTheField() throws Throwable {
        var body = concern(uniqueCpr(), "Mia Holm", "yellow", "skole");
        body.put("observation", "Trækker sig\u0000 fra legen.");
        rejected(body).body("errors.field", equalTo(List.of("observation")))
                .body("errors[0].message", equalTo(PlainText.MESSAGE));
        body.put("observation", "Trækker sig fra legen.");
        body.put("childView", Map.of("method", "tegning", "view", "Tegnede\u001b[31m sig selv."));
        rejected(body).body("errors.field", equalTo(List.of("childView.view")));
    }

    @Test
    void rejectsANumberOrNullForTheAcuteFlag() throws Throwable {
        var body = concern(uniqueCpr(), "Nils Holm", "yellow", "skole");
        body.put("acute", 1);
        rejected(body).body("errors.field", equalTo(List.of("acute")))
                .body("errors[0].message", equalTo("Skal være true eller false"));
        body.put("acute", null);
        rejected(body).body("errors.field", equalTo(List.of("acute")));
        body.put("acute", "true");
        rejected(body).body("errors.field", equalTo(List.of("acute")));
    }

    @Test
    void rejectsDatesOutsideTheMunicipalitysWork() throws Throwable {
        var body = concern(uniqueCpr(), "Otto Holm", "yellow", "skole");
        body.put("observedOn", "0001-01-01");
        rejected(body).body("errors.field", equalTo(List.of("observedOn")))
                .body("errors[0].message", equalTo("Datoen kan ikke ligge før år 1900"));
        body.put("observedOn", LocalDate.now().minusDays(1).toString());
        body.put("parents", Map.of("involvedOn", "1899-12-31", "how", "samtale", "involvedBy", "Hanne"));
        rejected(body).body("errors.field", equalTo(List.of("parents.involvedOn")));
    }

    @Test
    void rejectsAnObservationBeforeTheChildsBirthAndStoresNotEvenTheChild() throws Throwable {
        // The seventh digit 4 with the year 24 dates the number to 2024: born 15 June 2024.
        String cpr = String.format("150624-4%03d", (int) (Math.random() * 1000));
        var body = concern(cpr, "Pil Holm", "yellow", "hjemmet");
        body.put("observedOn", "2024-06-14");
        body.put("parents", Map.of("involvedOn", "2024-06-20", "how", "samtale", "involvedBy", "Hanne"));
        rejected(body).body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", equalTo("Barnet er ifølge CPR-nummeret født efter den dato, du så tegnene"));

        body.put("observedOn", "2024-06-15");
        given().contentType(ContentType.JSON).body(body).when().post("/concerns").then().statusCode(201);
    }

    @Test
    void rejectsAChildBornInTheFutureByTheCenturyRule() throws Throwable {
        // The seventh digit 9 with the year 36 dates the number to 2036.
        rejected(concern(String.format("010136-9%03d", (int) (Math.random() * 1000)), "Ida Holm", "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.cpr")));
    }

    @Test
    void rejectsSomeone18OrOlderWithoutAReasonAndStoresNothing() throws Throwable {
        // The seventh digit 5 with the year 70 dates the number to 1870; 0 with 05 to 1905.
        rejected(concern(String.format("010170-5%03d", (int) (Math.random() * 1000)), "Ole Holm", "yellow", "skole"))
                .body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", containsString("fyldt 18 år"));
        var adult = concern(String.format("010105-0%03d", (int) (Math.random() * 1000)), "Per Holm", "yellow", "skole");
        adult.put("observedOn", "2023-01-01");
        rejected(adult).body("errors.field", equalTo(List.of("child.cpr")));
    }

    @Test
    void acceptsEfterværnUntilThe23rdBirthday() throws Throwable {
        // Seen on 1 February 2026: born 1 February 2004 (seventh digit 4, year 04) they turned 22 that day; born a
        // year earlier, 23.
        String cpr = String.format("010204-4%03d", (int) (Math.random() * 1000));
        var body = concern(cpr, "Emil Holm", "yellow", "fritid");
        body.put("observedOn", "2026-02-01");
        body.put("parents", Map.of("involvedOn", "2026-02-01", "how", "samtale", "involvedBy", "Hanne"));
        rejected(body).body("errors.field", equalTo(List.of("child.cpr")));
        body.put("ageReason", "pension");
        rejected(body).body("errors.field", equalTo(List.of("ageReason")));
        body.put("ageReason", "eftervaern");
        given().contentType(ContentType.JSON).body(body).when().post("/concerns").then().statusCode(201)
                .body("ageReason", equalTo("eftervaern"));

        var at23 = concern(String.format("010203-4%03d", (int) (Math.random() * 1000)), "Ella Holm", "yellow", "fritid");
        at23.put("observedOn", "2026-02-01");
        at23.put("parents", Map.of("involvedOn", "2026-02-01", "how", "samtale", "involvedBy", "Hanne"));
        at23.put("ageReason", "eftervaern");
        rejected(at23).body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", containsString("fylder 23"));
    }

    @Test
    void keepsNoAgeReasonForAChild() throws Throwable {
        var child = concern(uniqueCpr(), "Alma Holm", "yellow", "skole");
        child.put("ageReason", "eftervaern");
        given().contentType(ContentType.JSON).body(child).when().post("/concerns").then().statusCode(201)
                .body("ageReason", nullValue());
    }

    @Test
    void rejectsABodyThatIsNotJson() throws Throwable {
        rejected("{\"level\": ").body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsAMissingBody() throws Throwable {
        long before = storedConcernsAndChildren();
        given().contentType(ContentType.JSON).when().post("/concerns")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, storedConcernsAndChildren());
    }

    private static ValidatableResponse rejected(Object body) throws Throwable {
        long before = storedConcernsAndChildren();
        var response = given().contentType(ContentType.JSON).body(body).when().post("/concerns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Ugyldige oplysninger"));
        assertEquals(before, storedConcernsAndChildren(), "a rejected request must store nothing");
        return response;
    }
}
