package dk.rodtraad.systemtests.access;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.systemtests.access.Endpoint.Scope;
import dk.rodtraad.systemtests.access.Fixture.State;
import dk.rodtraad.systemtests.badinput.ApiDescription;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.FormToken;
import dk.rodtraad.testkit.StackConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see a child, cell by cell: every endpoint of the four services × every demo role × a child the user is on
 * the team of, one they are not, one notified to the authority, and one that does not exist — with the users' own
 * Keycloak tokens against the running system. A cell fails on any answer the rule does not expect; above all on an
 * allow where a refusal is due.
 *
 * <p>The rule (docs/adr/0006): a role the endpoint does not admit gets 403; a child's data is seen by its case team
 * and, once notified, by the authority (role myndighed); everyone else, and everyone asking for an id that does not
 * exist, gets the same 404.
 */
class AuthorizationMatrixIT {

    /** One user per role; for fagperson one on the fixture's teams and one who is not. */
    private static final Map<String, String> USERS = Map.of(
            DemoUsers.HANNE, AccessMatrix.FAGPERSON,
            DemoUsers.LISE, AccessMatrix.FAGPERSON,
            DemoUsers.METTE, AccessMatrix.MYNDIGHED,
            DemoUsers.KARIN, AccessMatrix.KATALOGREDAKTOER,
            DemoUsers.ANDERS, AccessMatrix.ANALYTIKER,
            DemoUsers.IDA, AccessMatrix.ADMIN,
            DemoUsers.DORTE, AccessMatrix.DATABESKYTTELSE,
            DemoUsers.LONE, AccessMatrix.LEDER);

    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404);

    private static final TheSystem SYSTEM = TheSystem.shared();
    private static final Map<State, Fixture.Child> CHILDREN = new EnumMap<>(State.class);
    /**
     * The CSRF token of each user's forms in each service, fetched once: a browser keeps the cookie for the next form
     * too, and a page GET per form cell was a sixth of the matrix's requests.
     */
    private static final Map<String, FormToken> FORM_TOKENS = new HashMap<>();
    /** A child of its own for each cell whose allowed write changes the case (a notification, a new tovholder). */
    private static final Map<Fixture.Kind, Queue<Fixture.Child>> FOR_WRITES = new HashMap<>();

    @BeforeAll
    static void children() {
        for (State state : State.values()) {
            CHILDREN.put(state, Fixture.of(SYSTEM, state));
        }
        FOR_WRITES.putAll(Fixture.ofEach(SYSTEM, cells().stream().filter(Cell::changesTheCase)
                .collect(Collectors.groupingBy(Cell::kind, Collectors.counting()))));
        // The other services learn who may see the children from concern-service's events: wait until they have.
        var nurse = SYSTEM.as(Fixture.TEAM_MEMBER);
        var authority = SYSTEM.as(DemoUsers.METTE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String service : List.of(StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP)) {
                for (State state : List.of(State.ON_TEAM, State.NOTIFIED)) {
                    assertEquals(200, timelineStatus(service, nurse.token(service), CHILDREN.get(state).id()));
                }
                assertEquals(200, timelineStatus(service, authority.token(service), CHILDREN.get(State.NOTIFIED).id()));
            }
        });
    }

    @Test
    void everyEndpointOfEveryServiceIsInTheMatrix() {
        for (String service : List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.CATALOGUE,
                StackConfig.FOLLOWUP)) {
            Set<String> published = operations(service);
            Set<String> inMatrix = AccessMatrix.all().stream().filter(e -> e.service().equals(service))
                    .map(Endpoint::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(published, inMatrix, service + ": the OpenAPI document and the matrix must list the same "
                    + "endpoints; add a new endpoint to AccessMatrix with who may call it");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCellAnswersAsTheRuleSays() {
        return cells().stream().map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> check(cell)));
    }

    @TestFactory
    Stream<DynamicTest> publicEndpointsAnswerWithoutLogin() {
        return AccessMatrix.all().stream().filter(Endpoint::isPublic).map(endpoint -> DynamicTest.dynamicTest(
                endpoint.service() + " " + endpoint.name(), () -> {
                    int status = send(endpoint, null, CHILDREN.get(State.UNKNOWN)).statusCode();
                    assertTrue(!REFUSALS.contains(status) || status == 404 && endpoint.path().contains("{"),
                            "answered " + status);
                }));
    }

    /** One endpoint asked by one user about a child in one state, and what it must answer. */
    record Cell(Endpoint endpoint, String user, State state, Expected expected) {

        /** An allowed write about a child changes its case: it gets a child of its own. */
        boolean changesTheCase() {
            return expected.allowed() && endpoint.writes() && state != State.UNKNOWN;
        }

        Fixture.Kind kind() {
            return new Fixture.Kind(state, endpoint.service());
        }

        @Override
        public String toString() {
            return "%s %s as %s (%s), %s → %s".formatted(endpoint.service(), endpoint.name(), user, USERS.get(user),
                    state.description, expected);
        }
    }

    private static List<Cell> cells() {
        var cells = new ArrayList<Cell>();
        for (Endpoint endpoint : AccessMatrix.all()) {
            for (var user : new TreeSet<>(USERS.keySet())) {
                for (State state : statesFor(endpoint)) {
                    cells.add(new Cell(endpoint, user, state, expected(endpoint, user, state)));
                }
            }
        }
        return cells;
    }

    /** What a cell must answer: a refusal with this status, or an allow (not a refusal, never a 5xx). */
    record Expected(int refusal) {
        static final Expected ALLOWED = new Expected(0);

        boolean allowed() {
            return refusal == 0;
        }

        @Override
        public String toString() {
            return allowed() ? "allowed" : String.valueOf(refusal);
        }
    }

    private static List<State> statesFor(Endpoint endpoint) {
        return switch (endpoint.scope()) {
            case NONE -> List.of(State.UNKNOWN);
            // Only a notified child has an underretning.
            case OWN_NOTIFICATION, AUTHORITY_NOTIFICATION -> List.of(State.NOTIFIED, State.UNKNOWN);
            default -> List.of(State.values());
        };
    }

    static Expected expected(Endpoint endpoint, String user, State state) {
        String role = USERS.get(user);
        if (!endpoint.isPublic() && !endpoint.roles().contains(role)) {
            return new Expected(403);
        }
        if (endpoint.scope() == Scope.NONE) {
            return Expected.ALLOWED;
        }
        boolean onTeam = user.equals(Fixture.TEAM_MEMBER) && state != State.UNKNOWN;
        boolean notifiedToAuthority = role.equals(AccessMatrix.MYNDIGHED) && state == State.NOTIFIED;
        boolean allowed = switch (endpoint.scope()) {
            case OWN_NOTIFICATION -> onTeam;
            case AUTHORITY_NOTIFICATION -> notifiedToAuthority;
            default -> onTeam || notifiedToAuthority;
        };
        return allowed ? Expected.ALLOWED : new Expected(endpoint.scope() == Scope.CHILD_IN_BODY ? 400 : 404);
    }

    private static void check(Cell cell) {
        Fixture.Child child = cell.changesTheCase() ? FOR_WRITES.get(cell.kind()).remove() : CHILDREN.get(cell.state());
        Endpoint endpoint = cell.endpoint();
        Expected expected = cell.expected();
        Response response = send(endpoint, SYSTEM.as(cell.user()).token(endpoint.service()), child);
        int status = response.statusCode();
        String said = cell + ": answered " + status + " "
                + response.body().asString().lines().limit(3).collect(Collectors.joining(" "));
        assertTrue(status < 500, "never a server error. " + said);
        if (!expected.allowed()) {
            assertEquals(expected.refusal(), status, "expected a refusal. " + said);
        } else if (endpoint.scope() == Scope.NONE) {
            // Not about a child: a 404 is an unknown catalogue id (the cells name made-up ones), not a refusal.
            assertTrue(status != 401 && status != 403, "expected to be let in by role. " + said);
        } else {
            assertTrue(!REFUSALS.contains(status), "expected to be let in. " + said);
        }
    }

    private static Response send(Endpoint endpoint, String token, Fixture.Child child) {
        var request = given().baseUri(SYSTEM.url(endpoint.service())).redirects().follow(false)
                .accept(endpoint.accepts());
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        var body = endpoint.body().apply(child);
        // A form or an upload carries its CSRF token, as the service's own page would give it (ADR 0008).
        if (token != null && (body.form() != null || body.upload() != null)) {
            var formToken = FORM_TOKENS.computeIfAbsent(endpoint.service() + " " + token, key -> FormToken.fetch(
                    given().baseUri(SYSTEM.url(endpoint.service())).auth().oauth2(token)));
            request = body.form() != null ? formToken.on(request) : formToken.onMultipart(request);
        }
        if (body.json() != null) {
            request = request.contentType(ContentType.JSON).body(body.json());
        } else if (body.upload() != null) {
            request = request.multiPart(body.upload(), "matrix.csv", "x".getBytes(), "text/csv");
        } else if (body.text() != null) {
            request = request.contentType(body.contentType()).body(body.text());
        } else if (body.form() != null) {
            request = request.contentType(ContentType.URLENC);
            for (var field : body.form().entrySet()) {
                request = field.getValue() instanceof List<?> values
                        ? request.formParam(field.getKey(), values.toArray())
                        : request.formParam(field.getKey(), field.getValue());
            }
        } else if (endpoint.writes()) {
            // A write without a body, as an API client sends it: RestAssured would otherwise call it a form, which
            // the CSRF filter rightly refuses without a token.
            request = request.contentType(ContentType.JSON);
        }
        return request.when().request(endpoint.method(), pathOf(endpoint, child));
    }

    private static String pathOf(Endpoint endpoint, Fixture.Child child) {
        String id = switch (endpoint.scope()) {
            case CHILD -> child.id();
            case CONCERN -> child.concernId();
            case CONSULTATION -> child.consultationId();
            case OWN_NOTIFICATION, AUTHORITY_NOTIFICATION -> child.notificationId();
            case COURSE -> child.course().id();
            case PLAN -> child.plan().id();
            case NONE, CHILD_IN_BODY, CHILD_IN_BODY_AS_UNKNOWN -> java.util.UUID.randomUUID().toString();
        };
        return endpoint.path().replace("{childId}", id).replace("{id}", id).replace("{number}", "1")
                .replace("{courseId}", id).replace("{meetingId}", child.course().meetingId())
                .replace("{participantId}", child.course().participantId())
                .replace("{planId}", id).replace("{goalId}", child.plan().goalId())
                .replace("{alertId}", child.plan().alertId())
                .replace("{requestId}", child.joinRequestId()).replace("{username}", Fixture.TEAM_MEMBER)
                .replace("{group}", "sociale-relationer").replace("{sign}", "trist");
    }

    private static int timelineStatus(String service, String token, String childId) {
        return given().baseUri(SYSTEM.url(service)).auth().oauth2(token)
                .when().get("/children/{id}/timeline", childId).statusCode();
    }

    /** The operations the service's OpenAPI documents (the API's and the pages') list, as "METHOD /path". */
    private static Set<String> operations(String service) {
        var operations = new TreeSet<String>();
        for (String document : ApiDescription.DOCUMENTS) {
            Map<String, Map<String, Object>> paths = given().baseUri(SYSTEM.url(service)).accept("application/json")
                    .when().get(document + "?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((path, methods) -> methods.keySet().stream()
                    .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        }
        return operations;
    }
}
