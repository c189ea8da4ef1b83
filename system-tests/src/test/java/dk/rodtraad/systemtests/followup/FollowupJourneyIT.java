package dk.rodtraad.systemtests.followup;

import dk.rodtraad.contracts.Topics;
import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.FitForms;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds' journey (Herlev's FIT follow-up, Lyngby-Taarbæk's goals that are evaluated) across the whole system: a
 * health nurse records a concern; the mother calls, and a network meeting within 24 hours refers the child to an
 * intervention the katalogredaktør has just published; the nurse starts an intervention plan with that intervention
 * in followup-service, and six weekly sessions of FIT follow. Neither the child (CORS, 10 years) nor the mother (ORS)
 * rates any reliable change: orange from the fourth session by the default rule, and red at the fifth and sixth as
 * the child's alliance falls to 36 and below. After repeated red, with the first review date passed, the plan offers
 * the link to notify the authority; the nurse notifies through concern-service's API, and the authority assesses the
 * urgency and sends its receipt. Every step is on the child's timeline in concern-, network-meeting- and
 * followup-service, in the same order, and no FIT score travels on the wire.
 */
class FollowupJourneyIT {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Copenhagen");
    private static final String FOLLOWUP = StackConfig.FOLLOWUP;
    private static final String NETWORK_MEETING = StackConfig.NETWORK_MEETING;

    /** The child's CORS and CSRS totals, session by session: no progress, and an alliance that falls at the end. */
    private static final List<String> CHILD_OUTCOME = List.of("24.0", "24.5", "23.5", "24.0", "24.5", "24.0");
    private static final List<String> CHILD_ALLIANCE = List.of("38.0", "38.0", "38.0", "38.0", "36.0", "35.5");
    /** The mother's ORS and SRS totals: no progress either, a steady alliance. */
    private static final List<String> MOTHER_OUTCOME = List.of("19.0", "19.5", "19.0", "19.5", "19.0", "19.5");
    private static final List<String> MOTHER_ALLIANCE = List.of("38.5", "38.5", "38.5", "38.5", "38.5", "38.5");
    /**
     * The plan's colour after each session, worked out by hand: the intake is grey; sessions 2–3 are green (nothing
     * 5 points below the intake); from session 4 the default rule expects intake + 5 (child 29.0, mother 24.0), so
     * orange; at session 5 the child's alliance is 36 (at or below 36, and lower than 38): red; at 6 it is 35.5: red.
     */
    private static final List<String> COLOURS = List.of("grå", "grøn", "grøn", "orange", "rød", "rød");

    private final TheSystem system = TheSystem.shared();

    @Test
    void aPlanWithoutProgressTurnsRedAndTheAuthorityIsNotifiedAllOnEveryTimelineInTheSameOrder() {
        var nurse = system.as(DemoUsers.HANNE);
        String cpr = TheSystem.uniqueCpr();
        var concern = nurse.concern(cpr, "yellow");
        String childId = (String) concern.get("childId");
        String intervention = system.as(DemoUsers.KARIN).publishIntervention(
                TheSystem.anIntervention("systemtest-" + UUID.randomUUID().toString().substring(0, 8)));
        LocalDate today = LocalDate.now(MUNICIPALITY);

        // The network meeting: the mother called 26 hours ago, the meeting was held 20 hours after her call.
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> assertEquals(200, given().baseUri(system.url(NETWORK_MEETING))
                .auth().oauth2(nurse.token(NETWORK_MEETING))
                .when().get("/children/{id}/timeline", childId).statusCode()));
        Instant firstContact = Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String course = post(NETWORK_MEETING, "/api/courses", Map.of("childId", childId,
                "firstContactAt", firstContact.toString(), "contactFrom", "foraelder",
                "contactAbout", "Mor ringede: Alma er bange for at gå i skole.", "coreTeam", List.of()))
                .then().statusCode(201).extract().jsonPath().getString("id");
        Instant held = firstContact.plus(20, ChronoUnit.HOURS);
        String meeting = post(NETWORK_MEETING, "/api/courses/" + course + "/meetings", Map.of(
                "startsAt", held.toString(), "endsAt", held.plus(1, ChronoUnit.HOURS).toString(), "place", "hjemmet",
                "participants", List.of(Map.of("role", "mor"), Map.of("role", "barnet"))))
                .then().statusCode(201).extract().jsonPath().getString("id");
        var record = new HashMap<String, Object>();
        record.put("present", List.of(Map.of("username", DemoUsers.HANNE), Map.of("role", "mor"),
                Map.of("role", "barnet")));
        record.put("perspectives", List.of(Map.of("role", "mor", "words", "Hun har ondt i maven hver morgen."),
                Map.of("role", "barnet", "words", "Jeg er bange for at blive kaldt op.")));
        record.put("childVoice", Map.of("method", "samtale", "words", "Hun vil gerne lære at være mindre bange."));
        record.put("agreements", List.of(Map.of("what", "Hanne henviser Alma til angstgruppen",
                "carrier", Map.of("username", DemoUsers.HANNE), "dueOn", today.plusDays(7).toString(),
                "interventionId", intervention)));
        record.put("version", 0);
        await().atMost(EVENT_TRAVEL).until(() -> post(NETWORK_MEETING, "/api/courses/" + course
                + "/meetings/" + meeting + "/record", record), response -> {
            assertFalse(response.statusCode() == 400
                    && !response.body().asString().contains("agreements[0].interventionId"), response.body().asString());
            return response.statusCode() == 200;
        });

        // The plan with the catalogue's intervention, started six weeks ago; the first review two weeks ago.
        LocalDate start = today.minusWeeks(6);
        var plan = Map.of("childId", childId, "interventionId", intervention, "startsOn", start.toString(),
                "birthMonth", today.minusYears(10).withDayOfMonth(1).toString().substring(0, 7),
                "reviewDates", List.of(start.plusWeeks(4).toString(), today.plusWeeks(4).toString()),
                "goals", List.of(Map.of("owner", "fagperson", "description", "Alma kommer i skole hver dag.",
                                "indicator", "Intet fravær i fire uger.", "dueOn", today.plusWeeks(8).toString()),
                        Map.of("owner", "barnet", "description", "Jeg vil tørre at række hånden op.",
                                "indicator", "Alma siger selv, at hun har gjort det.",
                                "dueOn", today.plusWeeks(8).toString())));
        // Until the case team and the intervention have reached followup-service, the plan is refused, nothing stored.
        String planId = await().atMost(EVENT_TRAVEL).until(() -> post(FOLLOWUP, "/api/plans", plan),
                response -> {
                    assertTrue(response.statusCode() == 201 || response.statusCode() == 404
                            || response.statusCode() == 400 && response.body().asString().contains("interventionId"),
                            response.body().asString());
                    return response.statusCode() == 201;
                }).jsonPath().getString("id");

        var colours = new ArrayList<String>();
        JsonPath last = null;
        for (int session = 0; session < 6; session++) {
            last = post(FOLLOWUP, "/api/plans/" + planId + "/sessions", Map.of(
                    "heldOn", start.plusWeeks(session).toString(), "ratings", List.of(
                            FitForms.rating("barn", "cors", CHILD_OUTCOME.get(session), "csrs", CHILD_ALLIANCE.get(session)),
                            FitForms.rating("forælder", "ors", MOTHER_OUTCOME.get(session), "srs",
                                    MOTHER_ALLIANCE.get(session)))))
                    .then().statusCode(201).extract().jsonPath();
            colours.add(last.getString("fit.colour"));
        }
        assertEquals(COLOURS, colours);
        assertEquals("ingen-fremgang", last.getString("fit.trend"));
        assertEquals("rød", last.getString("alert.colour"));

        var inFull = given().baseUri(system.url(FOLLOWUP)).auth().oauth2(nurse.token(FOLLOWUP))
                .when().get("/api/plans/{id}", planId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("rød", "rød", "orange"), inFull.getList("alerts.colour"), "newest first");
        String notifyLink = inFull.getString("notifyAuthority");
        assertTrue(notifyLink != null && notifyLink.endsWith("/boern/" + childId),
                "after repeated red the plan offers concern-service's page of the child: " + notifyLink);

        // The nurse decides to notify, through concern-service; the authority assesses and sends its receipt.
        var notification = nurse.postToConcernService("/concerns/{id}/notification", Map.of("ground", "saerlig-stoette",
                "knownOrSuspected", "Alma har trods indsatsen ingen fremgang og trækker sig mere og mere.",
                "parentsInformed", true), 201, concern.get("id"));
        var authority = system.as(DemoUsers.METTE);
        authority.postToConcernService("/authority/notifications/{id}/urgency", Map.of("urgency", "ikke-akut",
                "version", 0), 200, notification.get("id"));
        authority.postToConcernService("/authority/notifications/{id}/receipt", Map.of("version", 1), 200,
                notification.get("id"));
        assertTrue(nurse.getFromConcernService("/notifications/{id}", notification.get("id"))
                .get("receiptSentAt") != null, "the nurse sees the authority's receipt");

        var journey = new ArrayList<>(List.of("dk.rodtraad.concern.raised.v2",
                "dk.rodtraad.network-meeting.course-started.v1", "dk.rodtraad.network-meeting.meeting-scheduled.v1",
                "dk.rodtraad.network-meeting.meeting-held.v1", "dk.rodtraad.network-meeting.agreement-made.v1",
                "dk.rodtraad.followup.plan-started.v1", "dk.rodtraad.followup.goal-set.v1",
                "dk.rodtraad.followup.goal-set.v1"));
        for (String colour : COLOURS) {
            journey.add("dk.rodtraad.followup.session-scored.v1");
            if (!colour.equals("grå") && !colour.equals("grøn")) {
                journey.add("dk.rodtraad.followup.alert-raised.v1");
            }
        }
        journey.addAll(List.of("dk.rodtraad.concern.notified.v1",
                "dk.rodtraad.concern.notification-urgency-assessed.v1",
                "dk.rodtraad.concern.notification-receipt-sent.v1"));
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> {
            for (String service : List.of(StackConfig.CONCERN, NETWORK_MEETING, FOLLOWUP)) {
                assertEquals(journey, nurse.timeline(service, childId).stream().map(entry -> entry.get("type")).toList(),
                        service + " shows the whole journey in order");
            }
        });
        var reference = nurse.timeline(StackConfig.CONCERN, childId);
        assertEquals(reference, nurse.timeline(NETWORK_MEETING, childId), "the same sentences in network-meeting-service");
        assertEquals(reference, nurse.timeline(FOLLOWUP, childId), "the same sentences in followup-service");
        List<Object> sentences = reference.stream().map(entry -> entry.get("text")).toList();
        assertTrue(sentences.stream().anyMatch(text -> String.valueOf(text).startsWith(
                "FIT: ingen fremgang efter 6 sessioner. Session 6 den ")), sentences.toString());

        // On the wire: each followup event valid against its schema, and no score, name, CPR number or words in it.
        var onTheWire = system.kafka().readAll(List.of(Topics.FOLLOWUP_EVENTS), EVENT_TRAVEL, 1).stream()
                .filter(event -> childId.equals(event.key())).toList();
        assertEquals(journey.subList(5, journey.size() - 3),
                onTheWire.stream().map(event -> event.header("ce_type")).toList());
        for (var event : onTheWire) {
            String type = event.header("ce_type");
            assertEquals(List.of(), EventSchemas.validate(type, event.value()), type + " " + event.value());
            for (String revealing : List.of(cpr, "Alma", "\"items\"", "\"total\"", "angstgruppen")) {
                assertFalse(event.value().contains(revealing), type + " carries no score, name or CPR: " + revealing);
            }
        }
    }

    /** POSTs JSON to the service as the nurse. */
    private Response post(String service, String path, Object body) {
        return given().baseUri(system.url(service)).auth().oauth2(system.as(DemoUsers.HANNE).token(service))
                .contentType(ContentType.JSON).body(body)
                .when().post(path);
    }
}
