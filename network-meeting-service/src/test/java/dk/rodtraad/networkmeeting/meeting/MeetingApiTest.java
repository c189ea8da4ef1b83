package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import jakarta.inject.Inject;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.AuditEntries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
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
import static dk.rodtraad.networkmeeting.CourseFixtures.typesAbout;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course's meetings over the API: planned with the core team always invited, moved, cancelled, and recorded in one
 * request — perspectives, the child's voice, open questions, agreements and their follow-up at the next meeting — with
 * the events on Kafka naming roles, never words; bad input stores nothing.
 */
@QuarkusTest
class MeetingApiTest {

    @Inject
    PublishedInterventions interventions;

    @Test
    void aMeetingSentAgainWithItsKeyIsPlannedOnceAndTheFamilyInvitedOnce() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 2, PETER);
        Instant startsAt = Instant.now().plus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var body = meeting(startsAt, "dagtilbud", List.of(Map.of("role", "mor")));
        String key = UUID.randomUUID().toString();
        String first = as(HANNE).header(IdempotencyKey.HEADER, key).body(body)
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(201).extract().path("id");
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body)
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(201).body("id", equalTo(first));
        assertEquals(1, typesAbout(child).stream()
                .filter("dk.rodtraad.network-meeting.meeting-scheduled.v1"::equals).count(), "one meeting planned");

        // The same key for a meeting of another course is another request: refused, nothing planned.
        String otherCourse = courseOf(HANNE, childOnTheTeamOf(HANNE, PETER), 2, PETER);
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body)
                .when().post("/api/courses/{id}/meetings", otherCourse).then().statusCode(400)
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
    }

    @Test
    void aMeetingIsPlannedWithTheCoreTeamMovedAtTheFamilysWishAndCancelled() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 2, PETER);
        Instant startsAt = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        var planned = as(HANNE).body(meeting(startsAt, "dagtilbud", List.of(Map.of("role", "mor"))))
                .when().post("/api/courses/{id}/meetings", course).then().statusCode(201)
                .body("status", equalTo("planlagt"))
                .body("place", equalTo("dagtilbud"))
                .body("participants.role", equalTo(List.of("mor", "sundhedsplejerske", "paedagog")))
                .body("participants.invited", equalTo(List.of(true, true, true)))
                .extract().jsonPath();
        String meeting = planned.getString("id");
        var scheduled = JsonPath.from(eventsAbout(child).getLast().payload);
        assertEquals(true, scheduled.getBoolean("firstMeeting"));
        assertEquals(false, scheduled.getBoolean("familyChoseLater"));
        assertEquals(List.of("sundhedsplejerske", "paedagog", "mor"), scheduled.getList("invited"));
        onKafka("dk.rodtraad.network-meeting.meeting-scheduled.v1", child);
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "meeting", "Netværksmøde planlagt"));

        var move = new HashMap<String, Object>(meeting(startsAt.plus(2, ChronoUnit.HOURS), "hjemmet", List.of()));
        move.remove("participants");
        move.put("reason", "Mor kan først efter arbejde i morgen");
        move.put("familyLaterReason", "Familien vil holde mødet hjemme, når far er med");
        move.put("version", 0);
        long before = stored();
        as(HANNE).body(move).when().post("/api/courses/{id}/meetings/{m}/move", course, meeting).then().statusCode(400)
                .body("errors.field", equalTo(List.of("familyLaterReason")))
                .body("errors[0].message", equalTo(
                        "Angiv kun familiens begrundelse, når mødet ligger mere end 24 timer efter henvendelsen"));
        assertEquals(before, stored(), "a refused move changes nothing");

        Instant later = Instant.now().plus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        move.putAll(meeting(later, "hjemmet", List.of()));
        move.remove("participants");
        as(HANNE).body(move).when().post("/api/courses/{id}/meetings/{m}/move", course, meeting).then().statusCode(200)
                .body("startsAt", equalTo(later.toString()))
                .body("place", equalTo("hjemmet"))
                .body("familyLaterReason", equalTo("Familien vil holde mødet hjemme, når far er med"))
                .body("moves[0].fromPlace", equalTo("dagtilbud"))
                .body("moves[0].reason", equalTo("Mor kan først efter arbejde i morgen"));
        var moved = eventsAbout(child).getLast();
        assertEquals("dk.rodtraad.network-meeting.meeting-moved.v1", moved.eventType);
        assertTrue(JsonPath.from(moved.payload).getBoolean("familyChoseLater"));
        assertFalse(moved.payload.contains("arbejde"), "the reason stays in the service");

        as(HANNE).body(Map.of("reason", "Emil er syg", "version", 1))
                .when().post("/api/courses/{id}/meetings/{m}/cancellation", course, meeting).then().statusCode(200)
                .body("status", equalTo("aflyst")).body("cancelledReason", equalTo("Emil er syg"));
        move.put("version", 2);
        as(HANNE).body(move).when().post("/api/courses/{id}/meetings/{m}/move", course, meeting).then().statusCode(409)
                .body("detail", equalTo("Mødet er aflyst og kan ikke ændres"));
        assertEquals(List.of("dk.rodtraad.network-meeting.course-started.v1",
                "dk.rodtraad.network-meeting.meeting-scheduled.v1", "dk.rodtraad.network-meeting.meeting-moved.v1",
                "dk.rodtraad.network-meeting.meeting-cancelled.v1"), typesAbout(child));
    }

    @Test
    void aHeldMeetingIsRecordedInOneRequestAndItsAgreementsAreFollowedUpAtTheNext() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER, LISE);
        String course = courseOf(HANNE, child, 50, PETER);
        String first = planned(course, Instant.now().minus(47, ChronoUnit.HOURS), List.of(Map.of("role", "mor"),
                Map.of("role", "barnet")));
        UUID intervention = offered(interventions, "Legegruppen", "netvaerksgruppe");
        LocalDate today = LocalDate.now(DanishDates.MUNICIPALITY);

        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", HANNE), Map.of("username", PETER), Map.of("role", "mor"),
                Map.of("role", "barnet")));
        record.put("perspectives", List.of(
                Map.of("role", "mor", "words", "Jeg er bekymret for, at han ikke sover."),
                Map.of("role", "barnet", "words", "Jeg kan godt lide at bygge med Lego."),
                Map.of("role", "paedagog", "words", "Han leger mest alene om formiddagen.")));
        record.put("childVoice", Map.of("method", "tegning", "words", "Tegnede sig selv med sin hund."));
        record.put("openQuestions", List.of("Skal skolen med til næste møde?"));
        record.put("agreements", List.of(
                Map.of("what", "Peter henviser til legegruppen", "carrier", Map.of("username", PETER),
                        "dueOn", today.plusDays(7).toString(), "interventionId", intervention.toString()),
                Map.of("what", "Mor prøver fast sengetid", "carrier", Map.of("role", "mor"),
                        "dueOn", today.minusDays(1).toString())));
        record.put("version", 0);
        var held = as(HANNE).body(record).when().post("/api/courses/{id}/meetings/{m}/record", course, first)
                .then().statusCode(200)
                .body("status", equalTo("afholdt"))
                .body("sameCoreTeam", equalTo(true))
                .body("perspectives.role", equalTo(List.of("mor", "barnet", "paedagog")))
                .body("childVoice.method", equalTo("tegning"))
                .body("questionsRaised.question", equalTo(List.of("Skal skolen med til næste møde?")))
                .body("agreementsMade.carrier.role", equalTo(List.of("paedagog", "mor")))
                .body("agreementsMade[1].overdue", equalTo(true))
                .body("participants.present", equalTo(List.of(true, true, true, true)))
                .extract().jsonPath();
        String byPeter = held.getString("agreementsMade[0].id");
        String byMother = held.getString("agreementsMade[1].id");
        String question = held.getString("questionsRaised[0].id");

        var events = eventsAbout(child);
        var heldEvent = events.stream().filter(e -> e.eventType.endsWith("meeting-held.v1")).findFirst().orElseThrow();
        var heldPayload = JsonPath.from(heldEvent.payload);
        assertEquals(List.of("mor", "barnet", "paedagog"), heldPayload.getList("perspectives"));
        assertEquals("tegning", heldPayload.getString("childVoiceMethod"));
        assertEquals(2, heldPayload.getInt("agreementsMade"));
        assertTrue(heldPayload.getBoolean("sameCoreTeam"));
        for (var event : events) {
            for (String words : List.of("sover", "Lego", "hund", "legegruppen", "sengetid", "skolen med")) {
                assertFalse(event.payload.contains(words), event.eventType + " carries no words: " + words);
            }
        }
        var made = events.stream().filter(e -> e.eventType.endsWith("agreement-made.v1")).toList();
        assertEquals(2, made.size());
        assertEquals(intervention.toString(), JsonPath.from(made.getFirst().payload).getString("interventionId"));
        assertEquals("paedagog", JsonPath.from(made.getFirst().payload).getString("carrierDiscipline"));
        assertEquals(null, JsonPath.from(made.getLast().payload).getString("carrierDiscipline"));
        var onKafka = onKafka("dk.rodtraad.network-meeting.meeting-held.v1", child);
        assertEquals(List.of(), EventSchemas.validate(KafkaTestClient.header(onKafka, "ce_type"), onKafka.value()));
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "meeting", "Netværksmøde registreret"));

        as(HANNE).body(record).when().post("/api/courses/{id}/meetings/{m}/record", course, first)
                .then().statusCode(409);
        Map<String, Object> petersCourse = as(PETER).when().get("/api/courses").then().statusCode(200).extract()
                .jsonPath().getMap("find { it.courseId == '" + course + "' }");
        assertEquals(List.of("aftale", "kerneteam"), petersCourse.get("why"));
        assertEquals(List.of(byMother, byPeter), ((List<?>) petersCourse.get("openAgreements")).stream()
                .map(agreement -> ((Map<?, ?>) agreement).get("id")).toList(), "the overdue one first, by due date");

        String second = planned(course, Instant.now().minus(1, ChronoUnit.HOURS), List.of(Map.of("role", "mor")));
        var next = new HashMap<String, Object>();
        next.put("present", List.of(Map.of("username", HANNE), Map.of("username", LISE), Map.of("role", "mor")));
        next.put("perspectives", List.of(Map.of("role", "mor", "words", "Det går bedre med søvnen."),
                Map.of("role", "laerer", "words", "Emil glæder sig til skolen.")));
        next.put("answers", List.of(Map.of("questionId", question, "answer", "Ja, Lise kommer med.")));
        next.put("followUps", List.of(Map.of("agreementId", byPeter, "outcome", "gennemfoert"),
                Map.of("agreementId", byMother, "outcome", "aendret", "why", "Sengetid 19.30 var for tidligt")));
        next.put("agreements", List.of(Map.of("what", "Mor prøver sengetid kl. 20", "carrier", Map.of("role", "mor"),
                "dueOn", today.plusDays(14).toString(), "replaces", byMother)));
        next.put("version", 0);
        as(HANNE).body(next).when().post("/api/courses/{id}/meetings/{m}/record", course, second)
                .then().statusCode(200)
                .body("sameCoreTeam", equalTo(false))
                .body("questionsAnswered[0].answer", equalTo("Ja, Lise kommer med."))
                .body("followUps.outcome", equalTo(List.of("gennemfoert", "aendret")))
                .body("agreementsMade[0].replaces", equalTo(byMother))
                .body("participants.find { it.username == 'peter' }.present", equalTo(false))
                .body("participants.find { it.username == 'lise' }.invited", equalTo(false));

        as(HANNE).when().get("/api/courses/{id}", course).then().statusCode(200)
                .body("openQuestions", equalTo(List.of()))
                .body("agreements.status", equalTo(List.of("gennemfoert", "aendret", "aaben")))
                .body("agreements[0].followUps[0].outcome", equalTo("gennemfoert"))
                .body("firstMeeting", equalTo("on-time"));
        var followed = eventsAbout(child).stream().filter(e -> e.eventType.endsWith("agreement-followed-up.v1"))
                .map(e -> JsonPath.from(e.payload).getString("outcome")).toList();
        assertEquals(List.of("gennemfoert", "aendret"), followed);
    }

    @Test
    void aMeetingNotYetBegunIsNotRecordedAndBadRecordsStoreNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String course = courseOf(HANNE, child, 5);
        String future = planned(course, Instant.now().plus(2, ChronoUnit.HOURS), List.of());
        String past = planned(course, Instant.now().minus(2, ChronoUnit.HOURS), List.of());
        LocalDate today = LocalDate.now(DanishDates.MUNICIPALITY);

        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", HANNE)));
        record.put("perspectives", List.of(Map.of("role", "mor", "words", "Det går fint.")));
        record.put("version", 0);
        long before = stored();
        as(HANNE).body(record).when().post("/api/courses/{id}/meetings/{m}/record", course, future)
                .then().statusCode(409).body("detail", equalTo("Mødet er ikke begyndt endnu. Registrér det under eller efter mødet"));

        recordRejected(course, past, Map.of()).body("errors.field", hasItems("perspectives", "present", "version"));
        var bad = new HashMap<>(record);
        bad.put("present", List.of(Map.of("username", KASPER), Map.of("role", "bedstemor"), Map.of()));
        bad.put("perspectives", List.of(Map.of("role", "mor", "words", " ")));
        bad.put("childVoice", Map.of("method", "tankelaesning", "words", "x"));
        recordRejected(course, past, bad).body("errors.field", equalTo(List.of("childVoice.method")));
        bad.remove("childVoice");
        recordRejected(course, past, bad).body("errors.field", equalTo(List.of("perspectives[0].words")));
        bad.put("perspectives", record.get("perspectives"));
        recordRejected(course, past, bad).body("errors.field",
                equalTo(List.of("present[0].username", "present[1].role", "present[2]")));
        bad.put("present", record.get("present"));
        bad.put("followUps", List.of(Map.of("agreementId", UUID.randomUUID().toString(), "outcome", "delvist")));
        bad.put("answers", List.of(Map.of("questionId", UUID.randomUUID().toString(), "answer", "Ja")));
        bad.put("agreements", List.of(Map.of("what", "Noget", "carrier", Map.of("role", "mor"),
                "dueOn", today.minusDays(3).toString(), "replaces", UUID.randomUUID().toString())));
        recordRejected(course, past, bad).body("errors.field", equalTo(List.of("answers[0].questionId",
                "followUps[0].agreementId", "followUps[0].why", "agreements[0].dueOn", "agreements[0].replaces")));
        assertEquals(before, stored(), "nothing of a refused record is stored");
        as(HANNE).body(record).when().post("/api/courses/{id}/meetings/{m}/record", course, past).then().statusCode(200);
    }

    @Test
    void aMeetingsTimeAndParticipantsAreCheckedBeforeAnythingIsStored() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String course = courseOf(HANNE, child, 2);
        Instant soon = Instant.now().plus(2, ChronoUnit.HOURS);

        var body = new HashMap<String, Object>(meeting(soon, "hjemmet", List.of(Map.of("username", LISE))));
        body.put("endsAt", soon.minus(1, ChronoUnit.HOURS).toString());
        body.put("familyLaterReason", "Far arbejder");
        scheduleRejected(course, body).body("errors.field",
                equalTo(List.of("endsAt", "familyLaterReason", "participants[0].username")));
        scheduleRejected(course, meeting(Instant.now().minus(3, ChronoUnit.HOURS), "hjemmet", List.of()))
                .body("errors.field", equalTo(List.of("startsAt")))
                .body("errors[0].message", equalTo("Mødet kan ikke ligge før den første henvendelse"));
        scheduleRejected(course, meeting(soon, "kontoret", List.of())).body("errors.field", equalTo(List.of("place")));
        scheduleRejected(course, Map.of()).body("errors.field", equalTo(List.of("endsAt", "place", "startsAt")));

        as(LISE).body(meeting(soon, "hjemmet", List.of())).when().post("/api/courses/{id}/meetings", course)
                .then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
        assertEquals(1, AuditEntries.count(child, LISE, "REFUSED", "meeting", "Adgang nægtet (404)"));
    }

    private static ValidatableResponse scheduleRejected(String course, Object body) throws Throwable {
        long before = stored();
        var response = as(HANNE).body(body).when().post("/api/courses/{id}/meetings", course).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, stored(), "a rejected meeting stores nothing");
        return response;
    }

    private static ValidatableResponse recordRejected(String course, String meeting, Object body) throws Throwable {
        long before = stored();
        var response = as(HANNE).body(body).when().post("/api/courses/{id}/meetings/{m}/record", course, meeting)
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, stored(), "a rejected record stores nothing");
        return response;
    }

    /** A meeting of the course at that time, planned by Hanne; its id. */
    static String planned(String course, Instant startsAt, List<Map<String, String>> participants) {
        return as(HANNE).body(meeting(startsAt, "hjemmet", participants)).when().post("/api/courses/{id}/meetings", course)
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> meeting(Instant startsAt, String place, List<Map<String, String>> participants) {
        return Map.of("startsAt", startsAt.toString(), "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(),
                "place", place, "participants", participants);
    }
}
