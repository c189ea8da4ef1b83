package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.quarkus.AuditEntries;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.networkmeeting.CourseFixtures.as;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.courseOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.token;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading courses over the API: one in full for those who may see the child, the authority once notified, and a
 * professional's open courses with the overdue first and what is due next; every read audited.
 */
@QuarkusTest
class CourseRecordApiTest {

    @Test
    void myCoursesShowTheOverdueFirstMeetingBeforeTheCourseOnTimeAndOnlyMine() throws Throwable {
        UUID late = childOnTheTeamOf(HANNE, KASPER);
        UUID onTime = childOnTheTeamOf(HANNE, PETER);
        String overdue = courseOf(HANNE, late, 30, KASPER);
        String planned = courseOf(HANNE, onTime, 1, PETER);
        Instant tomorrow = Instant.now().plus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        as(PETER).body(Map.of("startsAt", tomorrow.toString(), "endsAt", tomorrow.plus(1, ChronoUnit.HOURS).toString(),
                "place", "dagtilbud")).when().post("/api/courses/{id}/meetings", planned).then().statusCode(201);

        var mine = as(HANNE).when().get("/api/courses").then().statusCode(200).extract().jsonPath();
        List<String> ids = mine.getList("courseId");
        assertTrue(ids.indexOf(overdue) >= 0 && ids.indexOf(overdue) < ids.indexOf(planned), ids.toString());
        var first = course(mine, overdue);
        assertEquals("overdue", first.get("firstMeeting"));
        assertEquals(List.of("ansvarlig", "kerneteam", "kontaktet"), first.get("why"));
        assertEquals("Mor ringede: Emil vil ikke i børnehave og græder om morgenen.", first.get("contactAbout"));
        var second = course(mine, planned);
        assertEquals("on-time", second.get("firstMeeting"));
        assertEquals(tomorrow.toString(), ((Map<?, ?>) second.get("nextMeeting")).get("startsAt"));
        assertEquals(1, AuditEntries.count(late, HANNE, "READ", "course", "Mine forløb vist"));

        List<String> peters = as(PETER).when().get("/api/courses").then().statusCode(200).extract().path("courseId");
        assertTrue(peters.contains(planned), "Peter sits on the core team");
        assertFalse(peters.contains(overdue));
        List<String> lises = as(LISE).when().get("/api/courses").then().statusCode(200).extract().path("courseId");
        assertFalse(lises.contains(planned) || lises.contains(overdue));
    }

    @Test
    void aProfessionalTakenOffTheCaseTeamNoLongerSeesTheCourse() {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 1, PETER);
        as(PETER).when().get("/api/courses/{id}", course).then().statusCode(200);

        new ChildAccessEvents(RealInfrastructure.kafkaAdmin()).send(ChildAccessEvents.revoked(child, PETER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(PETER).when().get("/api/courses/{id}", course)
                .then().statusCode(404).body("detail", equalTo("Barnet findes ikke")));
        List<String> peters = as(PETER).when().get("/api/courses").then().statusCode(200).extract().path("courseId");
        assertFalse(peters.contains(course), "off the case team, off the list");
    }

    @Test
    void theCourseInFullForTheCaseTeamAndTheAuthorityOnceNotified() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 3);
        as(HANNE).body(Map.of("name", "Grethe", "role", "bedstemor", "kind", "familienetvaerk",
                        "consentGivenBy", "mor", "consentGivenOn", LocalDate.now(DanishDates.MUNICIPALITY).toString()))
                .when().post("/api/courses/{id}/network", course).then().statusCode(201);

        as(HANNE).when().get("/api/courses/{id}", course).then().statusCode(200)
                .body("course.id", equalTo(course))
                .body("course.contactAbout", equalTo("Mor ringede: Emil vil ikke i børnehave og græder om morgenen."))
                .body("firstMeeting", equalTo("due"))
                .body("network[0].name", equalTo("Grethe"))
                .body("meetings", equalTo(List.of()))
                .body("agreements", equalTo(List.of()));
        assertEquals(1, AuditEntries.count(child, HANNE, "READ", "course", "Forløb med netværksmøder vist"));

        String mette = token(DemoUsers.METTE);
        given().auth().oauth2(mette).when().get("/api/courses/{id}", course).then().statusCode(404);
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin()).send(ChildAccessEvents.authorityGranted(child));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(mette).when()
                .get("/api/courses/{id}", course).then().statusCode(200));
        given().auth().oauth2(mette).when().get("/api/courses").then().statusCode(403);
        as(LISE).when().get("/api/courses/{id}", course).then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
        as(LISE).when().get("/api/courses/{id}", "ikke-et-id").then().statusCode(400)
                .body("errors.field", equalTo(List.of("courseId")));
    }

    private static Map<String, Object> course(JsonPath mine, String courseId) {
        return mine.getMap("find { it.courseId == '" + courseId + "' }");
    }
}
