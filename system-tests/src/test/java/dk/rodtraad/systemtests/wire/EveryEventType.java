package dk.rodtraad.systemtests.wire;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A child's case through every service's API, the shortest that makes each service send every event type it
 * produces: the katalogredaktør publishes, changes, pauses and retires an intervention; a health nurse records and
 * reassesses a concern, brings a pædagog and a club worker onto the case team and lets the club worker go, names
 * herself tovholder and hands over to the pædagog, links a consultation and notifies the authority, which assesses,
 * acknowledges and decides; she holds a course of network meetings (a participant consents and withdraws, a meeting is
 * moved and cancelled, two are held with an agreement made and followed up, the responsibility handed over, the
 * course closed) and a plan with FIT (a goal, two sessions that raise an alert, the goal evaluated, the plan ended),
 * whose intervention's results followup-service then publishes. The shared language and the vejviser are published by
 * catalogue-service at its first start; publishing another version would change the words under the other system
 * tests.
 */
final class EveryEventType {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static final Map<String, Object> GROUND = Map.of("code", "tidlig-forebyggende-indsats");

    private final TheSystem system;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    EveryEventType(TheSystem system) {
        this.system = system;
    }

    /** Runs the case for a child with this CPR number; the child's pseudonymous id. */
    String run(String cpr) {
        String intervention = publishIntervention();
        var concern = system.as(DemoUsers.HANNE).concern(cpr, "yellow");
        String childId = (String) concern.get("childId");
        concern(childId, (String) concern.get("id"), ((Number) concern.get("version")).longValue());
        course(childId);
        plan(childId, intervention);
        retire(intervention);
        return childId;
    }

    private String publishIntervention() {
        var content = TheSystem.anIntervention("wire-" + UUID.randomUUID().toString().substring(0, 8));
        String id = system.as(DemoUsers.KARIN).publishIntervention(content);
        var changed = new HashMap<>(content);
        changed.put("waitingWeeks", 8);
        send(DemoUsers.KARIN, StackConfig.CATALOGUE, "PUT", "/interventions/" + id,
                Map.of("version", interventionVersion(id), "content", changed), 200);
        return id;
    }

    /** Paused, then retired: after the plan that names it has started, so followup-service still knew it offered. */
    private void retire(String intervention) {
        for (String status : List.of("pause", "udgaaet")) {
            send(DemoUsers.KARIN, StackConfig.CATALOGUE, "POST", "/interventions/" + intervention + "/status",
                    Map.of("version", interventionVersion(intervention), "status", status), 200);
        }
    }

    private long interventionVersion(String id) {
        return get(DemoUsers.KARIN, StackConfig.CATALOGUE, "/interventions/" + id).getLong("version");
    }

    private void concern(String childId, String concernId, long version) {
        String concern = StackConfig.CONCERN;
        send(DemoUsers.HANNE, concern, "POST", "/concerns/" + concernId + "/reassessments", Map.of("level", "red",
                "acute", false, "signs", List.of("trist"), "version", version), 200);
        for (String colleague : List.of(DemoUsers.PETER, DemoUsers.KASPER)) {
            send(DemoUsers.HANNE, concern, "POST", "/children/" + childId + "/team",
                    Map.of("username", colleague, "basis", GROUND), 200);
        }
        send(DemoUsers.HANNE, concern, "DELETE", "/children/" + childId + "/team/" + DemoUsers.KASPER, null, 200);
        String coordination = "/children/" + childId + "/coordination";
        send(DemoUsers.HANNE, concern, "POST", coordination + "/tovholder", Map.of("tovholder", DemoUsers.HANNE,
                "version", get(DemoUsers.HANNE, concern, coordination).getLong("version")), 200);
        send(DemoUsers.HANNE, concern, "POST", coordination + "/handover", Map.of("to", DemoUsers.PETER,
                "version", get(DemoUsers.HANNE, concern, coordination).getLong("version")), 200);

        var consultation = send(DemoUsers.HANNE, concern, "POST", "/consultations", Map.of(
                "situation", "Et barn, der virker trist i frikvartererne.", "setting", "skole", "childAgeYears", 8), 201);
        send(DemoUsers.HANNE, concern, "POST", "/consultations/" + consultation.getString("id") + "/child",
                Map.of("child", Map.of("id", childId), "version", consultation.getLong("version")), 200);

        String notification = send(DemoUsers.HANNE, concern, "POST", "/concerns/" + concernId + "/notification",
                Map.of("ground", "saerlig-stoette", "knownOrSuspected", "Barnet fortæller om svigt derhjemme.",
                        "parentsInformed", true), 201).getString("id");
        String authority = "/authority/notifications/" + notification;
        long assessed = send(DemoUsers.METTE, concern, "POST", authority + "/urgency",
                Map.of("urgency", "ikke-akut", "version", 0), 200).getLong("version");
        long acknowledged = send(DemoUsers.METTE, concern, "POST", authority + "/receipt",
                Map.of("version", assessed), 200).getLong("version");
        send(DemoUsers.METTE, concern, "POST", authority + "/outcome",
                Map.of("outcome", "afdaekning", "version", acknowledged), 200);
    }

    private void course(String childId) {
        String service = StackConfig.NETWORK_MEETING;
        // Every meeting within 24 hours of the first contact, so none needs the family's reason for a later one.
        Instant contact = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // The case team reaches network-meeting-service's replica by Kafka; the pædagog, who joins the core team and
        // takes over the responsibility, sees the child there once it has.
        await().atMost(EVENT_TRAVEL).until(() -> request(DemoUsers.PETER, service, "GET",
                "/children/" + childId + "/timeline", null).statusCode() == 200);
        var started = send(DemoUsers.HANNE, service, "POST", "/api/courses", Map.of("childId", childId,
                "firstContactAt", contact.toString(), "contactFrom", "foraelder", "contactAbout", "Mor ringede om søvnen."),
                201);
        String course = "/api/courses/" + started.getString("id");
        send(DemoUsers.HANNE, service, "POST", course + "/core-team", Map.of("joining", List.of(DemoUsers.PETER),
                "reason", "Børnehaven kommer med.", "version", started.getLong("version")), 200);

        String participant = send(DemoUsers.HANNE, service, "POST", course + "/network", Map.of("name", "Ole",
                "role", "traener", "kind", "familienetvaerk", "consentGivenBy", "mor",
                "consentGivenOn", today.toString()), 201).getString("id");
        send(DemoUsers.HANNE, service, "POST", course + "/network/" + participant + "/withdrawal",
                Map.of("withdrawnOn", today.toString()), 200);

        Instant later = contact.plus(4, ChronoUnit.HOURS);
        var planned = schedule(course, later);
        var moved = send(DemoUsers.HANNE, service, "POST", course + "/meetings/" + planned.getString("id") + "/move",
                Map.of("startsAt", later.plus(1, ChronoUnit.HOURS).toString(),
                        "endsAt", later.plus(2, ChronoUnit.HOURS).toString(),
                        "place", "klub", "reason", "Familien ønskede klubben.", "version", planned.getLong("version")), 200);
        send(DemoUsers.HANNE, service, "POST", course + "/meetings/" + planned.getString("id") + "/cancellation",
                Map.of("reason", "Mor er syg.", "version", moved.getLong("version")), 200);

        var first = schedule(course, contact.plus(20, ChronoUnit.MINUTES));
        var firstHeld = record(course, first, Map.of("agreements", List.of(Map.of("what", "Hanne ringer til skolen",
                "carrier", Map.of("username", DemoUsers.HANNE), "dueOn", today.plusDays(7).toString()))));
        var second = schedule(course, contact.plus(50, ChronoUnit.MINUTES));
        record(course, second, Map.of("followUps", List.of(Map.of(
                "agreementId", firstHeld.getString("agreementsMade[0].id"), "outcome", "gennemfoert"))));

        long version = get(DemoUsers.HANNE, service, course).getLong("course.version");
        long handedOver = send(DemoUsers.HANNE, service, "POST", course + "/responsibility",
                Map.of("to", DemoUsers.PETER, "version", version), 200).getLong("version");
        send(DemoUsers.PETER, service, "POST", course + "/closing",
                Map.of("reason", "Familien har det godt.", "version", handedOver), 200);
    }

    private JsonPath schedule(String course, Instant startsAt) {
        return send(DemoUsers.HANNE, StackConfig.NETWORK_MEETING, "POST", course + "/meetings", Map.of(
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString(),
                "place", "hjemmet", "participants", List.of(Map.of("role", "mor"))), 201);
    }

    /** Records the meeting as held with the mother, with what else the record holds (agreements, follow-ups). */
    private JsonPath record(String course, JsonPath meeting, Map<String, Object> rest) {
        var record = new HashMap<String, Object>(rest);
        record.put("present", List.of(Map.of("username", DemoUsers.HANNE), Map.of("role", "mor")));
        record.put("perspectives", List.of(Map.of("role", "mor", "words", "Det går bedre.")));
        record.put("version", meeting.getLong("version"));
        return send(DemoUsers.HANNE, StackConfig.NETWORK_MEETING, "POST",
                course + "/meetings/" + meeting.getString("id") + "/record", record, 200);
    }

    private void plan(String childId, String intervention) {
        String service = StackConfig.FOLLOWUP;
        LocalDate start = today.minusDays(30);
        var body = Map.of("childId", childId, "interventionId", intervention, "startsOn", start.toString(),
                "birthMonth", YearMonth.from(today).minusYears(9).toString(),
                "reviewDates", List.of(today.plusDays(30).toString()),
                "goals", List.of(Map.of("owner", "barnet", "description", "Sove hjemme hos en ven.",
                        "indicator", "Barnet fortæller om det.", "dueOn", today.plusDays(60).toString())));
        // The case team and the intervention reach followup-service by Kafka; until then the plan is refused.
        var started = await().atMost(EVENT_TRAVEL).until(() -> request(DemoUsers.HANNE, service, "POST", "/api/plans",
                body), answer -> answer.statusCode() == 201).jsonPath();
        String plan = "/api/plans/" + started.getString("id");
        // A weak alliance (8 of 10 on each SRS item) at the second session: red, and an alert.
        for (int daysAgo : new int[] {20, 10}) {
            send(DemoUsers.HANNE, service, "POST", plan + "/sessions", Map.of("heldOn", today.minusDays(daysAgo).toString(),
                    "ratings", List.of(Map.of("rater", "forælder", "outcome", Map.of("form", "ors", "items",
                            List.of(5, 5, 5, 5)), "alliance", Map.of("form", "srs", "items", List.of(8, 8, 8, 8))))), 201);
        }
        send(DemoUsers.HANNE, service, "POST", plan + "/goals/" + started.getString("goals[0].id") + "/evaluations",
                Map.of("occasion", "opfoelgning", "evaluatedOn", today.toString(), "attainment", "delvist"), 201);
        send(DemoUsers.HANNE, service, "POST", plan + "/ending", Map.of("reason", "gennemfoert",
                "endedOn", today.toString(), "version", get(DemoUsers.HANNE, service, plan).getLong("plan.version")), 200);
    }

    private JsonPath get(String user, String service, String path) {
        return send(user, service, "GET", path, null, 200);
    }

    private JsonPath send(String user, String service, String method, String path, Object body, int status) {
        var answer = request(user, service, method, path, body);
        if (answer.statusCode() != status) {
            throw new AssertionError(method + " " + path + " in " + service + " answered " + answer.statusCode()
                    + ", not " + status + ": " + answer.body().asString());
        }
        return answer.jsonPath();
    }

    private Response request(String user, String service, String method, String path, Object body) {
        var request = given().baseUri(system.url(service)).auth().oauth2(system.as(user).token(service));
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path);
    }
}
