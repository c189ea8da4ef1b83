package dk.rodtraad.systemtests.networkmeeting;

import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A course of network meetings across the whole system: a health nurse records a concern about a child in
 * concern-service and involves the child's pædagog; the child's mother calls her, and she starts a course in
 * network-meeting-service; the first meeting is held within 24 hours of that call, and its agreement refers the child
 * to an intervention the katalogredaktør has just published in catalogue-service; at the second meeting the
 * agreement is followed up. Every step reaches the child's timeline in concern-, network-meeting- and
 * followup-service, in the same order, and nothing on the wire names the child, the family or what was said.
 */
class NetworkMeetingJourneyIT {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static final String NETWORK_MEETING = StackConfig.NETWORK_MEETING;
    /** What was said, which stays in network-meeting-service. */
    private static final List<String> WORDS = List.of("græder om morgenen", "sover dårligt", "bygge med Lego",
            "tegnede sin hund", "skolen med", "angstgruppen", "Det går bedre");

    private final TheSystem system = TheSystem.shared();

    @Test
    void aCourseFromTheFirstContactToTheFollowUpOfItsAgreementReachesEveryTimelineInTheSameOrder() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        String childId = nurse.recordConcern(cpr, "yellow");
        given().baseUri(system.url(StackConfig.CONCERN)).auth().oauth2(nurse.token(StackConfig.CONCERN))
                .contentType(ContentType.JSON).body(Map.of("username", DemoUsers.PETER, "basis", Map.of(
                        "code", "samtykke", "consentGivenOn", LocalDate.now(DanishDates.MUNICIPALITY).toString(),
                        "consentGivenTo", "Hanne Holm, sundhedsplejerske",
                        "consentScope", "Netværksmøder om Almas trivsel")))
                .when().post("/children/{id}/team", childId)
                .then().statusCode(200);
        String intervention = system.as(DemoUsers.KARIN).publishIntervention(
                TheSystem.anIntervention("systemtest-" + UUID.randomUUID().toString().substring(0, 8)));

        // The case team reaches network-meeting-service's replica by Kafka; the pædagog's grant comes last.
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> assertEquals(200, given().baseUri(system.url(NETWORK_MEETING))
                .auth().oauth2(system.as(DemoUsers.PETER).token(NETWORK_MEETING))
                .when().get("/children/{id}/timeline", childId).statusCode()));

        Instant firstContact = Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String course = post(DemoUsers.HANNE, "/api/courses", Map.of("childId", childId,
                "firstContactAt", firstContact.toString(), "contactFrom", "foraelder",
                "contactAbout", "Mor ringede: Alma græder om morgenen og vil ikke i skole.",
                "coreTeam", List.of(DemoUsers.PETER)), 201).getString("id");

        String first = plan(course, firstContact.plus(20, ChronoUnit.HOURS), "hjemmet");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", DemoUsers.HANNE), Map.of("username", DemoUsers.PETER),
                Map.of("role", "mor"), Map.of("role", "barnet")));
        record.put("perspectives", List.of(Map.of("role", "mor", "words", "Hun sover dårligt og er ked af det."),
                Map.of("role", "barnet", "words", "Jeg kan bedst lide at bygge med Lego."),
                Map.of("role", "paedagog", "words", "Hun leger mest alene.")));
        record.put("childVoice", Map.of("method", "tegning", "words", "Hun tegnede sin hund og sig selv."));
        record.put("openQuestions", List.of("Skal skolen med til næste møde?"));
        record.put("agreements", List.of(Map.of("what", "Peter henviser Alma til angstgruppen",
                "carrier", Map.of("username", DemoUsers.PETER), "dueOn", today.plusDays(7).toString(),
                "interventionId", intervention)));
        record.put("version", 0);
        // The intervention reaches network-meeting-service's copy of the catalogue by Kafka; until it has, the
        // agreement is refused for naming it, and nothing is stored.
        var firstHeld = await().atMost(EVENT_TRAVEL).until(() -> recordMeeting(course, first, record), response -> {
            assertFalse(response.statusCode() == 400 && !response.body().asString().contains("agreements[0].interventionId"),
                    response.body().asString());
            return response.statusCode() == 200;
        }).jsonPath();
        String agreement = firstHeld.getString("agreementsMade[0].id");

        String second = plan(course, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), "skole");
        var next = new HashMap<String, Object>();
        next.put("present", List.of(Map.of("username", DemoUsers.HANNE), Map.of("username", DemoUsers.PETER),
                Map.of("role", "mor"), Map.of("role", "barnet")));
        next.put("perspectives", List.of(Map.of("role", "mor", "words", "Det går bedre, hun glæder sig til gruppen."),
                Map.of("role", "barnet", "words", "Der er en anden pige, der også tegner.")));
        next.put("childVoice", Map.of("method", "samtale", "words", "Gruppen er sjov."));
        next.put("answers", List.of(Map.of("questionId", firstHeld.getString("questionsRaised[0].id"),
                "answer", "Ja, læreren kommer med næste gang.")));
        next.put("followUps", List.of(Map.of("agreementId", agreement, "outcome", "gennemfoert")));
        next.put("version", 0);
        assertEquals(200, recordMeeting(course, second, next).statusCode());

        var courseInFull = get(DemoUsers.HANNE, "/api/courses/" + course);
        assertEquals("on-time", courseInFull.getString("firstMeeting"), "the first meeting came within 24 hours");
        assertEquals(List.of("afholdt", "afholdt"), courseInFull.getList("meetings.status"));
        assertEquals(List.of("gennemfoert"), courseInFull.getList("agreements.status"));
        assertEquals(intervention, courseInFull.getString("agreements[0].interventionId"));

        var journey = List.of("dk.rodtraad.concern.raised.v2", "dk.rodtraad.concern.colleague-involved.v1",
                "dk.rodtraad.network-meeting.course-started.v1", "dk.rodtraad.network-meeting.meeting-scheduled.v1",
                "dk.rodtraad.network-meeting.meeting-held.v1", "dk.rodtraad.network-meeting.agreement-made.v1",
                "dk.rodtraad.network-meeting.meeting-scheduled.v1", "dk.rodtraad.network-meeting.meeting-held.v1",
                "dk.rodtraad.network-meeting.agreement-followed-up.v1");
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> {
            for (String service : List.of(StackConfig.CONCERN, NETWORK_MEETING, StackConfig.FOLLOWUP)) {
                assertEquals(journey, nurse.timeline(service, childId).stream().map(entry -> entry.get("type")).toList(),
                        service + " shows the whole journey in order");
            }
        });
        var reference = nurse.timeline(StackConfig.CONCERN, childId);
        assertEquals(reference, nurse.timeline(NETWORK_MEETING, childId), "the same sentences in network-meeting-service");
        assertEquals(reference, nurse.timeline(StackConfig.FOLLOWUP, childId), "the same sentences in followup-service");

        var onTheWire = system.kafka().readAll(List.of(Topics.NETWORK_MEETING_EVENTS), EVENT_TRAVEL, 1).stream()
                .filter(event -> childId.equals(event.key())).toList();
        assertEquals(journey.subList(2, journey.size()), onTheWire.stream().map(event -> event.header("ce_type")).toList());
        var revealing = Stream.concat(Stream.of(cpr, "Alma", DemoUsers.HANNE, DemoUsers.PETER), WORDS.stream()).toList();
        for (var event : onTheWire) {
            String type = event.header("ce_type");
            assertEquals(List.of(), EventSchemas.validate(type, event.value()), type + " " + event.value());
            for (String words : revealing) {
                assertFalse(event.value().contains(words), type + " carries no name, CPR or words: " + words);
            }
        }
    }

    /** Plans a meeting of the course with the mother and the child; its id. */
    private String plan(String course, Instant startsAt, String place) {
        return post(DemoUsers.HANNE, "/api/courses/" + course + "/meetings", Map.of("startsAt", startsAt.toString(),
                "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(), "place", place,
                "participants", List.of(Map.of("role", "mor"), Map.of("role", "barnet"))), 201).getString("id");
    }

    private Response recordMeeting(String course, String meeting, Map<String, Object> record) {
        return given().baseUri(system.url(NETWORK_MEETING)).auth().oauth2(system.as(DemoUsers.HANNE).token(NETWORK_MEETING))
                .contentType(ContentType.JSON).body(record)
                .when().post("/api/courses/{course}/meetings/{meeting}/record", course, meeting);
    }

    private JsonPath post(String user, String path, Object body, int status) {
        return given().baseUri(system.url(NETWORK_MEETING)).auth().oauth2(system.as(user).token(NETWORK_MEETING))
                .contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(status)
                .extract().jsonPath();
    }

    private JsonPath get(String user, String path) {
        return given().baseUri(system.url(NETWORK_MEETING)).auth().oauth2(system.as(user).token(NETWORK_MEETING))
                .when().get(path)
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
