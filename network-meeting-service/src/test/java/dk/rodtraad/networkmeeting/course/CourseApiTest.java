package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.testkit.quarkus.AuditEntries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.networkmeeting.CourseFixtures.as;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.courseOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.eventsAbout;
import static dk.rodtraad.networkmeeting.CourseFixtures.firstContact;
import static dk.rodtraad.networkmeeting.CourseFixtures.onKafka;
import static dk.rodtraad.networkmeeting.CourseFixtures.stored;
import static dk.rodtraad.networkmeeting.CourseFixtures.typesAbout;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A course's own life over the API, with Keycloak's tokens, the replica of the case team from Kafka and the events on
 * Kafka: started by one on the case team, its responsibility handed over, its core team changed with a reason,
 * closed; everyone else gets the 404 of a child that does not exist, and bad input stores nothing.
 */
@QuarkusTest
class CourseApiTest {

    @Test
    void aProfessionalOnTheCaseTeamStartsACourseAtTheFirstContactWithUnitDistrictAndCoreTeam() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        var body = firstContact(child, 2, List.of(PETER));

        var started = as(HANNE).body(body).when().post("/api/courses").then().statusCode(201)
                .body("childId", equalTo(child.toString()))
                .body("contacted.username", equalTo(HANNE))
                .body("contacted.discipline", equalTo("sundhedsplejerske"))
                .body("responsible.username", equalTo(HANNE))
                .body("contactFrom", equalTo("foraelder"))
                .body("status", equalTo("aaben"))
                .body("unit", equalTo("Sundhedsplejen"))
                .body("district", equalTo("Nord"))
                .body("coreTeam.username", equalTo(List.of(HANNE, PETER)))
                .body("coreTeam.joinedReason", equalTo(java.util.Arrays.asList(null, null)))
                .extract().jsonPath();
        assertEquals(Instant.parse((String) body.get("firstContactAt")).plus(24, ChronoUnit.HOURS),
                Instant.parse(started.getString("firstMeetingDue")));

        var event = eventsAbout(child).getFirst();
        assertEquals("dk.rodtraad.network-meeting.course-started.v1", event.eventType);
        var payload = JsonPath.from(event.payload);
        assertEquals(List.of("sundhedsplejerske", "paedagog"), payload.getList("coreTeam"));
        assertEquals("foraelder", payload.getString("contactFrom"));
        assertFalse(event.payload.contains("børnehave"), "what the contact was about stays in the service");
        assertFalse(event.payload.contains(HANNE), "disciplines, never usernames");
        onKafka("dk.rodtraad.network-meeting.course-started.v1", child);
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "course", "Forløb med netværksmøder startet"));
    }

    @Test
    void aChildHasOneOpenCourseAtATime() {
        UUID child = childOnTheTeamOf(HANNE);
        courseOf(HANNE, child, 1);
        as(HANNE).body(firstContact(child, 1, List.of())).when().post("/api/courses").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Barnet har allerede et åbent forløb med netværksmøder"));
    }

    @Test
    void someoneNotOnTheCaseTeamGetsTheAnswerOfAChildThatDoesNotExistAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String unknown = as(LISE).body(firstContact(UUID.randomUUID(), 1, List.of())).when().post("/api/courses")
                .then().statusCode(404).extract().asString();
        long before = stored();
        String refused = as(LISE).body(firstContact(child, 1, List.of())).when().post("/api/courses")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Barnet findes ikke")).extract().asString();
        assertEquals(unknown, refused, "a child one may not see reads like one that does not exist");
        assertEquals(before + 1, stored(), "only the refusal's audit event, nothing of a course");
        assertEquals(1, AuditEntries.count(child, LISE, "REFUSED", "course", "Adgang nægtet (404)"));

        String course = courseOf(HANNE, child, 1);
        as(LISE).body(Map.of("to", LISE, "version", 0)).when().post("/api/courses/{id}/responsibility", course)
                .then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
        as(LISE).body(Map.of("to", LISE, "version", 0)).when().post("/api/courses/{id}/responsibility", UUID.randomUUID())
                .then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        rejected(HANNE, Map.of()).body("errors.field", hasItems("childId", "firstContactAt", "contactFrom", "contactAbout"));

        var body = firstContact(child, 1, List.of(KASPER));
        rejected(HANNE, body).body("errors.field", equalTo(List.of("coreTeam[0]")))
                .body("errors[0].message", equalTo("Fagpersonen skal være i barnets sagsteam"));

        body = firstContact(child, -3, List.of());
        rejected(HANNE, body).body("errors.field", equalTo(List.of("firstContactAt")))
                .body("errors[0].message", equalTo("Henvendelsen kan ikke ligge i fremtiden"));

        body = firstContact(child, 1, List.of());
        body.put("contactFrom", "naboen");
        rejected(HANNE, body).body("errors.field", equalTo(List.of("contactFrom")));

        body = firstContact(child, 1, List.of());
        body.put("contactAbout", "Mor ringede\u0000");
        rejected(HANNE, body).body("errors.field", equalTo(List.of("contactAbout")));

        body = firstContact(child, 1, List.of());
        body.put("childId", "emil");
        rejected(HANNE, body).body("errors.field", equalTo(List.of("childId")));
    }

    @Test
    void onlyTheResponsibleHandsOverAndOnlyToTheCaseTeamAndANewcomerJoinsTheCoreTeam() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER, LISE);
        String course = courseOf(HANNE, child, 1, PETER);

        as(PETER).body(Map.of("to", PETER, "version", 0)).when().post("/api/courses/{id}/responsibility", course)
                .then().statusCode(409).body("detail", equalTo("Kun den fagperson, der har ansvaret for forløbet, kan overdrage det"));
        long before = stored();
        as(HANNE).body(Map.of("to", KASPER, "version", 0)).when().post("/api/courses/{id}/responsibility", course)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("to")));
        as(HANNE).body(Map.of("to", LISE, "version", 7)).when().post("/api/courses/{id}/responsibility", course)
                .then().statusCode(409);
        assertEquals(before, stored());

        as(HANNE).body(Map.of("to", LISE, "version", 0)).when().post("/api/courses/{id}/responsibility", course)
                .then().statusCode(200)
                .body("responsible.username", equalTo(LISE))
                .body("responsible.discipline", equalTo("laerer"))
                .body("contacted.username", equalTo(HANNE))
                .body("coreTeam.username", equalTo(List.of(HANNE, PETER, LISE)))
                .body("coreTeam[2].joinedReason", equalTo("Overtog ansvaret for forløbet"));

        assertEquals(List.of("dk.rodtraad.network-meeting.course-started.v1",
                "dk.rodtraad.network-meeting.core-team-changed.v1",
                "dk.rodtraad.network-meeting.responsibility-handed-over.v1"), typesAbout(child));
        var handedOver = JsonPath.from(eventsAbout(child).getLast().payload);
        assertEquals("sundhedsplejerske", handedOver.getString("fromDiscipline"));
        assertEquals("laerer", handedOver.getString("toDiscipline"));
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "course", "Ansvaret for forløbet overdraget"));
    }

    @Test
    void theCoreTeamChangesOnlyWithAReasonAndEveryChangeIsAnEvent() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER, LISE);
        String course = courseOf(HANNE, child, 1, PETER);

        long before = stored();
        as(HANNE).body(Map.of("joining", List.of(LISE), "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        as(HANNE).body(Map.of("leaving", List.of(HANNE), "reason", "Ferie", "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(400)
                .body("errors.field", equalTo(List.of("leaving")));
        as(HANNE).body(Map.of("joining", List.of(KASPER), "reason", "Klubben", "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(400)
                .body("errors.field", equalTo(List.of("joining")));
        assertEquals(before, stored());

        as(HANNE).body(Map.of("joining", List.of(LISE), "leaving", List.of(PETER),
                        "reason", "Emil er begyndt i skole", "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(200)
                .body("version", equalTo(1))
                .body("coreTeam.username", equalTo(List.of(HANNE, PETER, LISE)))
                .body("coreTeam.find { it.username == 'peter' }.leftReason", equalTo("Emil er begyndt i skole"))
                .body("coreTeam.find { it.username == 'lise' }.leftAt", nullValue());
        as(HANNE).body(Map.of("joining", List.of(PETER), "reason", "Tilbage igen", "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(409);
        as(HANNE).body(Map.of("leaving", List.of(LISE), "reason", "Lise har orlov", "version", 1)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(200)
                .body("version", equalTo(2))
                .body("coreTeam.findAll { it.leftAt == null }.username", equalTo(List.of(HANNE)));
        assertEquals(List.of(), JsonPath.from(eventsAbout(child).getLast().payload).getList("joined"));
        as(HANNE).body(Map.of("joining", List.of(LISE), "leaving", List.of(PETER),
                        "reason", "Emil er begyndt i skole", "version", 0)).when()
                .post("/api/courses/{id}/core-team", course).then().statusCode(409);

        var changed = JsonPath.from(eventsAbout(child).get(1).payload);
        assertEquals(List.of("laerer"), changed.getList("joined"));
        assertEquals(List.of("paedagog"), changed.getList("left"));
        assertEquals(List.of("sundhedsplejerske", "laerer"), changed.getList("coreTeam"));
        assertFalse(eventsAbout(child).get(1).payload.contains("skole"), "the reason stays in the service");
        assertEquals(2, AuditEntries.count(child, HANNE, "WRITE", "course", "Kerneteamet ændret"));
    }

    @Test
    void aClosedCourseChangesNoMoreAndTheChildMayStartANewOne() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 30);

        as(HANNE).body(Map.of("reason", "Familien har det godt nu", "version", 0)).when()
                .post("/api/courses/{id}/closing", course).then().statusCode(200)
                .body("status", equalTo("lukket"))
                .body("closedReason", equalTo("Familien har det godt nu"));
        var closed = JsonPath.from(eventsAbout(child).getLast().payload);
        assertEquals(0, closed.getInt("meetingsHeld"));
        onKafka("dk.rodtraad.network-meeting.course-closed.v1", child);

        var handOver = new HashMap<String, Object>(Map.of("to", HANNE, "version", 1));
        as(HANNE).body(handOver).when().post("/api/courses/{id}/responsibility", course).then().statusCode(409)
                .body("detail", equalTo("Forløbet er lukket"));
        courseOf(HANNE, child, 1);
    }

    private static io.restassured.response.ValidatableResponse rejected(String user, Object body) throws Throwable {
        long before = stored();
        var response = as(user).body(body).when().post("/api/courses").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ugyldige oplysninger"));
        assertEquals(before, stored(), "a rejected request stores nothing");
        return response;
    }
}
