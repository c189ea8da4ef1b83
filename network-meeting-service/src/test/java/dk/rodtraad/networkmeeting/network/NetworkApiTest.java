package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import jakarta.inject.Inject;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.quarkus.AuditEntries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.networkmeeting.OfferedInterventions.offered;
import static dk.rodtraad.networkmeeting.CourseFixtures.as;
import static dk.rodtraad.networkmeeting.CourseFixtures.childOnTheTeamOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.courseOf;
import static dk.rodtraad.networkmeeting.CourseFixtures.eventsAbout;
import static dk.rodtraad.networkmeeting.CourseFixtures.onKafka;
import static dk.rodtraad.networkmeeting.CourseFixtures.stored;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The consent gate over the API: the family's network is recorded with its consent, invited only while it stands,
 * and taken off every planned meeting when it is withdrawn; the name never leaves the service.
 */
@QuarkusTest
class NetworkApiTest {

    @Inject
    PublishedInterventions interventions;

    @Test
    void theFamilysConsentLetsAGrandmotherBeInvitedAndItsWithdrawalTakesHerOffThePlannedMeeting() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 2, PETER);

        String grandmother = as(HANNE).body(consent("Grethe Holm", "bedstemor", "familienetvaerk", null))
                .when().post("/api/courses/{id}/network", course).then().statusCode(201)
                .body("name", equalTo("Grethe Holm"))
                .body("role", equalTo("bedstemor"))
                .body("consentGivenBy", equalTo("mor"))
                .body("consent", equalTo(true))
                .extract().path("id");
        var consented = eventsAbout(child).getLast();
        assertEquals("dk.rodtraad.network-meeting.network-participant-consented.v1", consented.eventType);
        assertEquals("bedstemor", JsonPath.from(consented.payload).getString("role"));
        assertFalse(consented.payload.contains("Grethe"), "the name stays in the service");
        onKafka(consented.eventType, child);
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "network", "Netværksdeltager registreret med samtykke"));

        Instant startsAt = Instant.now().plus(3, ChronoUnit.HOURS);
        as(HANNE).body(meeting(startsAt, List.of(Map.of("networkParticipantId", grandmother), Map.of("role", "mor"))))
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(201)
                .body("participants.role", equalTo(List.of("mor", "bedstemor", "sundhedsplejerske", "paedagog")));

        as(PETER).body(Map.of("withdrawnOn", today().toString()))
                .when().post("/api/courses/{id}/network/{participant}/withdrawal", course, grandmother)
                .then().statusCode(200).body("consent", equalTo(false)).body("withdrawnOn", equalTo(today().toString()));
        as(HANNE).when().get("/api/courses/{id}", course).then().statusCode(200)
                .body("meetings[0].participants.role", equalTo(List.of("mor", "sundhedsplejerske", "paedagog")))
                .body("network[0].consent", equalTo(false));
        assertEquals("dk.rodtraad.network-meeting.network-participant-withdrawn.v1", eventsAbout(child).getLast().eventType);
        assertEquals(1, AuditEntries.count(child, PETER, "WRITE", "network",
                "Samtykke for netværksdeltager trukket tilbage"));

        long before = stored();
        as(HANNE).body(meeting(startsAt.plus(1, ChronoUnit.DAYS), List.of(Map.of("networkParticipantId", grandmother))))
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(400)
                .body("errors.field", equalTo(List.of("participants[0].networkParticipantId")))
                .body("errors[0].message", equalTo(
                        "Familien har trukket samtykket tilbage, så netværksdeltageren kan ikke inviteres"));
        as(HANNE).body(Map.of("withdrawnOn", today().toString()))
                .when().post("/api/courses/{id}/network/{participant}/withdrawal", course, grandmother)
                .then().statusCode(409).body("detail", equalTo("Samtykket er allerede trukket tilbage"));
        assertEquals(before, stored());
    }

    @Test
    void aConsentSentAgainWithItsKeyListsThePersonOnce() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 2, PETER);
        var body = consent("Grethe Holm", "bedstemor", "familienetvaerk", null);
        String key = UUID.randomUUID().toString();

        String first = as(HANNE).header(IdempotencyKey.HEADER, key).body(body)
                .when().post("/api/courses/{id}/network", course).then().statusCode(201).extract().path("id");
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body)
                .when().post("/api/courses/{id}/network", course).then().statusCode(201)
                .body("id", equalTo(first)).body("name", equalTo("Grethe Holm"));
        as(HANNE).when().get("/api/courses/{id}", course).then().body("network.id", equalTo(List.of(first)));
        assertEquals(1, eventsAbout(child).stream()
                .filter(e -> e.eventType.endsWith("network-participant-consented.v1")).count(), "one event");
        assertEquals(1, AuditEntries.count(child, HANNE, "READ", "network", "Netværksdeltager vist"),
                "the answer given again is a read of the participant");

        // Another person under the same key is another request: refused, not answered with Grethe.
        as(HANNE).header(IdempotencyKey.HEADER, key).body(consent("Ole Holm", "bedstefar", "familienetvaerk", null))
                .when().post("/api/courses/{id}/network", course).then().statusCode(400)
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
    }

    @Test
    void aCivilSocietyVolunteerMayNameTheCataloguesIntervention() {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 1);
        UUID intervention = offered(interventions, "Natteravnene", Intervention.CIVIL_SOCIETY);

        as(HANNE).body(consent("Ole fra Natteravnene", "frivillig", "civilsamfund", intervention))
                .when().post("/api/courses/{id}/network", course).then().statusCode(201)
                .body("kind", equalTo("civilsamfund"))
                .body("interventionId", equalTo(intervention.toString()));
    }

    @Test
    void badConsentIsAProblemNamingTheFieldsAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 1);

        rejected(course, Map.of()).body("errors.field",
                equalTo(List.of("consentGivenBy", "consentGivenOn", "kind", "name", "role")));
        rejected(course, consent("Lærer Jens", "laerer", "familienetvaerk", null))
                .body("errors.field", equalTo(List.of("role")));
        rejected(course, consent("Grethe", "bedstemor", "familienetvaerk", UUID.randomUUID()))
                .body("errors.field", equalTo(List.of("interventionId")));
        var tomorrow = consent("Grethe", "bedstemor", "familienetvaerk", null);
        tomorrow.put("consentGivenOn", today().plusDays(1).toString());
        rejected(course, tomorrow).body("errors.field", equalTo(List.of("consentGivenOn")))
                .body("errors[0].message", equalTo("Datoen må ikke ligge i fremtiden"));
        var byTheGrandfather = consent("Grethe", "bedstemor", "familienetvaerk", null);
        byTheGrandfather.put("consentGivenBy", "bedstefar");
        rejected(course, byTheGrandfather).body("errors.field", equalTo(List.of("consentGivenBy")));
    }

    @Test
    void someoneNotOnTheCaseTeamCannotRecordTheNetwork() {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 1);

        as(LISE).body(consent("Grethe", "bedstemor", "familienetvaerk", null))
                .when().post("/api/courses/{id}/network", course).then().statusCode(404)
                .body("detail", equalTo("Barnet findes ikke"));
    }

    private static io.restassured.response.ValidatableResponse rejected(String course, Object body) throws Throwable {
        long before = stored();
        var response = as(HANNE).body(body).when().post("/api/courses/{id}/network", course).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, stored(), "a rejected consent stores nothing");
        return response;
    }

    static Map<String, Object> consent(String name, String role, String kind, UUID intervention) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("role", role);
        body.put("kind", kind);
        body.put("interventionId", intervention == null ? null : intervention.toString());
        body.put("consentGivenBy", "mor");
        body.put("consentGivenOn", today().toString());
        return body;
    }

    static Map<String, Object> meeting(Instant startsAt, List<Map<String, String>> participants) {
        return Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(),
                "place", "hjemmet", "participants", participants);
    }

    private static LocalDate today() {
        return LocalDate.now(DanishDates.MUNICIPALITY);
    }
}
