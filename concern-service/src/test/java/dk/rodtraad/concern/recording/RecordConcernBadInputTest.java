package dk.rodtraad.concern.recording;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.rodtraad.concern.recording.RecordConcernTest.concern;
import static dk.rodtraad.concern.recording.RecordConcernTest.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.RecordConcernTest.uniqueCpr;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad input is a 400 problem+json naming the fields, and stores nothing. */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class RecordConcernBadInputTest {

    @Test
    void namesEveryMissingField() throws Throwable {
        rejected("{}").body("errors.field", hasItems("child", "level", "setting", "observedOn", "observation"));
    }

    @Test
    void rejectsACprInTheWrongFormat() throws Throwable {
        var body = new HashMap<>(concern("0101101234", "Frida Bach", "yellow", "skole"));
        rejected(body).body("errors.field", equalTo(List.of("child.cpr")));
    }

    @Test
    void rejectsAnObservationDateInTheFuture() throws Throwable {
        var body = new HashMap<>(concern(uniqueCpr(), "Gustav Lind", "yellow", "skole"));
        body.put("observedOn", LocalDate.now().plusDays(1).toString());
        rejected(body).body("errors.field", equalTo(List.of("observedOn")));
    }

    @Test
    void rejectsALevelOffTheScale() throws Throwable {
        var body = new HashMap<>(concern(uniqueCpr(), "Hilda Friis", "purple", "skole"));
        rejected(body).body("errors.field", equalTo(List.of("level")));
    }

    @Test
    void rejectsABlankObservationAndABlankName() throws Throwable {
        Map<String, Object> body = new HashMap<>(concern(uniqueCpr(), " ", "yellow", "skole"));
        body.put("observation", "   ");
        rejected(body).body("errors.field", equalTo(List.of("child.name", "observation")));
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
