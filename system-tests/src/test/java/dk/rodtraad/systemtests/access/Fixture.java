package dk.rodtraad.systemtests.access;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.SideBySide;
import dk.rodtraad.testkit.StackConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The children a matrix cell is about, made through the API as the health nurse (hanne) makes them: she is on the
 * case team of both, and one of them she notified to the authority.
 */
final class Fixture {

    /** A child with everything every service's endpoints name. */
    private static final Set<String> EVERY_SERVICE = Set.copyOf(RunningSystem.SERVICES);

    /** How many children are made at once: the services run on two cores, and a child mostly waits. */
    private static final int MAKERS = 4;

    /** Who started the fixture's cases and so is on their teams. */
    static final String TEAM_MEMBER = DemoUsers.HANNE;

    /** The ids a cell's path or body may name; null where the child has no such thing. */
    record Child(State state, String id, String cpr, String name, String concernId, String consultationId,
            String notificationId, String joinRequestId, Course course, Plan plan) {
    }

    /** hanne's course of network meetings about the child, with a planned meeting and a network participant. */
    record Course(String id, String meetingId, String participantId) {

        static Course unknown() {
            return new Course(random(), random(), random());
        }
    }

    /** hanne's intervention plan for the child, with a goal and an alert raised by two sessions. */
    record Plan(String id, String goalId, String alertId) {

        static Plan unknown() {
            return new Plan(random(), random(), random());
        }
    }

    /** A professional outside the team with a concern of his own about the child, who asks to join it. */
    static final String ASKS_TO_JOIN = DemoUsers.KASPER;

    /** A ground the demo municipality lists for joining a case team. */
    static final Map<String, Object> GROUND = Map.of("code", "tidlig-forebyggende-indsats");

    /** How the child stands to the fixture's users. */
    enum State {
        /** hanne's case; not notified to the authority. */
        ON_TEAM("hanne's child, not notified"),
        /** hanne's case, notified to the authority. */
        NOTIFIED("hanne's child, notified to the authority"),
        /** No such child: random ids. */
        UNKNOWN("an id that exists nowhere");

        final String description;

        State(String description) {
            this.description = description;
        }
    }

    private Fixture() {
    }

    static Child of(TheSystem system, State state) {
        return of(system, state, EVERY_SERVICE);
    }

    /**
     * A child as {@link #of(TheSystem, State)} makes it, with only what these services' endpoints name (its case
     * team and underretning always): a cell that writes to one service needs no course or plan in another, and
     * making those waits for the events that tell the other services of the team.
     */
    static Child of(TheSystem system, State state, Set<String> services) {
        return switch (state) {
            case ON_TEAM -> child(system, false, services);
            case NOTIFIED -> child(system, true, services);
            case UNKNOWN -> new Child(State.UNKNOWN, random(), TheSystem.uniqueCpr(), "Ingen Findes", random(),
                    random(), random(), random(), Course.unknown(), Plan.unknown());
        };
    }

    /** The children a kind of cell needs: in a state, for one service's endpoints. */
    record Kind(State state, String service) {
    }

    /**
     * {@code counts} children of each kind, made side by side: a child takes a second or more, much of it waiting for
     * network-meeting-service or followup-service to learn of its team, and a hundred cells each need one.
     */
    static Map<Kind, Queue<Child>> ofEach(TheSystem system, Map<Kind, Long> counts) {
        var children = new HashMap<Kind, Queue<Child>>();
        var making = new ArrayList<Runnable>();
        counts.forEach((kind, count) -> {
            var made = new ConcurrentLinkedQueue<Child>();
            children.put(kind, made);
            for (long i = 0; i < count; i++) {
                making.add(() -> made.add(of(system, kind.state(), Set.of(kind.service()))));
            }
        });
        SideBySide.run("making the matrix's children", making, MAKERS);
        return children;
    }

    private static Child child(TheSystem system, boolean notified, Set<String> services) {
        var nurse = system.as(TEAM_MEMBER);
        String cpr = TheSystem.uniqueCpr();
        var concern = nurse.concern(cpr, notified ? "red" : "yellow");
        String childId = (String) concern.get("childId");
        String concernId = (String) concern.get("id");
        String notificationId = null;
        if (notified) {
            notificationId = (String) nurse.postToConcernService("/concerns/{id}/notification", Map.of(
                    "ground", "saerlig-stoette", "knownOrSuspected", "Barnet fortæller om svigt derhjemme.",
                    "parentsInformed", true), 201, concernId).get("id");
        }
        String consultationId = random();
        String joinRequestId = random();
        if (services.contains(StackConfig.CONCERN)) {
            var consultation = nurse.postToConcernService("/consultations", Map.of("situation",
                    "Et barn, der virker trist i frikvartererne.", "setting", "skole", "childAgeYears", 8), 201);
            consultationId = (String) consultation.get("id");
            nurse.postToConcernService("/consultations/{id}/child", Map.of("child", Map.of("id", childId),
                    "version", consultation.get("version")), 200, consultationId);
            var outsider = system.as(ASKS_TO_JOIN);
            outsider.concern(cpr, "yellow");
            joinRequestId = (String) outsider.postToConcernService("/children/{id}/team/requests",
                    Map.of("basis", GROUND), 201, childId).get("id");
        }
        return new Child(notified ? State.NOTIFIED : State.ON_TEAM, childId, cpr, TheSystem.CHILD_NAME, concernId,
                consultationId, notificationId, joinRequestId,
                services.contains(StackConfig.NETWORK_MEETING) ? course(system, childId) : Course.unknown(),
                services.contains(StackConfig.FOLLOWUP) ? plan(system, childId) : Plan.unknown());
    }

    /** Started as soon as network-meeting-service has learnt from concern-service's events that hanne is on the team. */
    private static Course course(TheSystem system, String childId) {
        String token = system.as(TEAM_MEMBER).token(StackConfig.NETWORK_MEETING);
        // A request specification keeps what it was given: a fresh one for each request.
        Supplier<RequestSpecification> nurse = () -> given().baseUri(system.url(StackConfig.NETWORK_MEETING))
                .auth().oauth2(token).contentType(ContentType.JSON);
        Instant contact = Instant.now().minus(1, ChronoUnit.HOURS);
        var started = new AtomicReference<String>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var answer = nurse.get().body(Map.of("childId", childId, "firstContactAt", contact.toString(),
                    "contactFrom", "foraelder", "contactAbout", "Mor ringede om søvnen.")).when().post("/api/courses");
            started.set(answer.statusCode() == 201 ? answer.jsonPath().getString("id") : null);
            return started.get() != null;
        });
        String courseId = started.get();
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS);
        String meetingId = nurse.get().body(Map.of("startsAt", start.toString(), "endsAt", start.plus(1, ChronoUnit.HOURS)
                        .toString(), "place", "hjemmet")).when().post("/api/courses/{id}/meetings", courseId)
                .then().statusCode(201).extract().path("id");
        String participantId = nurse.get().body(Map.of("name", "Grethe", "role", "bedstemor", "kind", "familienetvaerk",
                        "consentGivenBy", "mor", "consentGivenOn", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString()))
                .when().post("/api/courses/{id}/network", courseId).then().statusCode(201).extract().path("id");
        return new Course(courseId, meetingId, participantId);
    }

    /**
     * Started as soon as followup-service has learnt that hanne is on the team: a plan begun a month ago, whose two
     * sessions (the second with a weak alliance) raised a red alert.
     */
    private static Plan plan(TheSystem system, String childId) {
        String token = system.as(TEAM_MEMBER).token(StackConfig.FOLLOWUP);
        Supplier<RequestSpecification> nurse = () -> given().baseUri(system.url(StackConfig.FOLLOWUP))
                .auth().oauth2(token).contentType(ContentType.JSON);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        var started = new AtomicReference<io.restassured.path.json.JsonPath>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var answer = nurse.get().body(Map.of("childId", childId, "localEffort", "Samtaler med AKT-læreren.",
                    "startsOn", today.minusDays(30).toString(), "birthMonth", YearMonth.from(today).minusYears(9).toString(),
                    "reviewDates", List.of(today.plusDays(30).toString()),
                    "goals", List.of(Map.of("owner", "barnet", "description", "Sove hjemme hos en ven.",
                            "indicator", "Barnet fortæller om det.", "dueOn", today.plusDays(60).toString()))))
                    .when().post("/api/plans");
            started.set(answer.statusCode() == 201 ? answer.jsonPath() : null);
            return started.get() != null;
        });
        String planId = started.get().getString("id");
        for (int day : new int[] {20, 10}) {
            nurse.get().body(Map.of("heldOn", today.minusDays(day).toString(), "ratings", List.of(Map.of(
                            "rater", "forælder", "outcome", Map.of("form", "ors", "items", List.of(5, 5, 5, 5)),
                            "alliance", Map.of("form", "srs", "items", List.of(8, 8, 8, 8))))))
                    .when().post("/api/plans/{id}/sessions", planId).then().statusCode(201);
        }
        String alertId = nurse.get().when().get("/api/plans/{id}", planId).then().statusCode(200)
                .extract().path("alerts[0].id");
        return new Plan(planId, started.get().getString("goals[0].id"), alertId);
    }

    private static String random() {
        return UUID.randomUUID().toString();
    }
}
