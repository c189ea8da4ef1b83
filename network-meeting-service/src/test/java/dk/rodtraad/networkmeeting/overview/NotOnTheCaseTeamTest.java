package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.quarkus.AuditEntries;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.networkmeeting.CourseFixtures.as;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.courseOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.stored;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint of a course answers a professional who is not on the child's case team as it answers a course that
 * does not exist: the 404 of a child that does not exist, each attempt audited, nothing of the course changed.
 */
@QuarkusTest
class NotOnTheCaseTeamTest {

    @Test
    void everyEndpointOfACourseRefusesSomeoneNotOnTheCaseTeamLikeACourseThatDoesNotExist() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String yesterday = LocalDate.now(DanishDates.MUNICIPALITY).minusDays(1).toString();
        String course = courseOf(HANNE, child, 3);
        Instant startsAt = Instant.now().minus(1, ChronoUnit.HOURS);
        String meeting = as(HANNE).body(Map.of("startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(), "place", "hjemmet"))
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(201).extract().path("id");
        String participant = as(HANNE).body(Map.of("name", "Grethe", "role", "bedstemor", "kind", "familienetvaerk",
                        "consentGivenBy", "mor", "consentGivenOn", yesterday))
                .when().post("/api/courses/{id}/network", course).then().statusCode(201).extract().path("id");

        var requests = List.<Map.Entry<String, Object>>of(
                Map.entry("/api/courses/{id}/responsibility", Map.of("to", LISE, "version", 0)),
                Map.entry("/api/courses/{id}/core-team", Map.of("joining", List.of(LISE), "reason", "x", "version", 0)),
                Map.entry("/api/courses/{id}/closing", Map.of("version", 0)),
                Map.entry("/api/courses/{id}/network/" + participant + "/withdrawal", Map.of("withdrawnOn", yesterday)),
                Map.entry("/api/courses/{id}/meetings", Map.of("startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(), "place", "skole")),
                Map.entry("/api/courses/{id}/meetings/" + meeting + "/move", Map.of("startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(2, ChronoUnit.HOURS).toString(), "place", "skole", "reason", "x",
                        "version", 0)),
                Map.entry("/api/courses/{id}/meetings/" + meeting + "/cancellation", Map.of("reason", "x", "version", 0)),
                Map.entry("/api/courses/{id}/meetings/" + meeting + "/record", Map.of("present", List.of(Map.of("role", "mor")),
                        "perspectives", List.of(Map.of("role", "mor", "words", "x")), "version", 0)));
        long refusals = AuditEntries.count(child, LISE, "REFUSED", "course", "Adgang nægtet (404)")
                + AuditEntries.count(child, LISE, "REFUSED", "network", "Adgang nægtet (404)")
                + AuditEntries.count(child, LISE, "REFUSED", "meeting", "Adgang nægtet (404)");
        for (var request : requests) {
            String unknown = as(LISE).body(request.getValue()).when().post(request.getKey(), UUID.randomUUID())
                    .then().statusCode(404).extract().asString();
            long before = stored();
            String refused = as(LISE).body(request.getValue()).when().post(request.getKey(), course)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Barnet findes ikke")).extract().asString();
            assertEquals(unknown, refused, request.getKey());
            assertEquals(before + 1, stored(), request.getKey() + ": the refusal's audit event, nothing else");
        }
        assertEquals(refusals + requests.size(), AuditEntries.count(child, LISE, "REFUSED", "course", "Adgang nægtet (404)")
                + AuditEntries.count(child, LISE, "REFUSED", "network", "Adgang nægtet (404)")
                + AuditEntries.count(child, LISE, "REFUSED", "meeting", "Adgang nægtet (404)"));
        as(LISE).when().get("/api/courses/{id}", course).then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
    }
}
