package dk.rodtraad.concern.coordination;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.concern.access.CaseTeamMember;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.allOutboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Tovholderreglen over the API: a cross-disciplinary case has exactly one tovholder, changed only by handover. */
@QuarkusTest
class TovholderTest {

    @Test
    void aSecondDisciplineJoiningTheTeamWithItsConcernMustNameTheOneTovholder() throws Throwable {
        String cpr = uniqueCpr();
        String childId = as(HANNE).body(concern(cpr, "Ella Frost", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        as(HANNE).when().get("/children/{id}/coordination", childId).then().statusCode(200)
                .body("disciplines", equalTo(List.of("sundhedsplejerske")))
                .body("crossDisciplinary", equalTo(false))
                .body("tovholder", nullValue());

        // Recording a concern does not put Lise on the team: her discipline does not count yet, nothing to name.
        as(LISE).body(concern(cpr, "Ella Frost", "red", "skole")).when().post("/concerns").then().statusCode(201);
        as(HANNE).when().get("/children/{id}/coordination", childId).then().statusCode(200)
                .body("disciplines", equalTo(List.of("sundhedsplejerske")))
                .body("crossDisciplinary", equalTo(false))
                .body("involved.username", equalTo(List.of(HANNE)));

        // Added to the team, her concern brings the second discipline: the add must name the one tovholder.
        long before = stored();
        var add = new HashMap<String, Object>(Map.of("username", LISE,
                "basis", Map.of("code", "tidlig-forebyggende-indsats")));
        as(HANNE).body(add).when().post("/children/{id}/team", childId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("tovholder")))
                .body("errors[0].message", equalTo(
                        "En tværfaglig sag skal have præcis én tovholder. Angiv en tovholder blandt de inddragede fagpersoner"));
        assertEquals(before, stored(), "a refused add stores nothing: no member, no coordination, no event");

        add.put("tovholder", LISE);
        as(HANNE).body(add).when().post("/children/{id}/team", childId).then().statusCode(200);
        as(LISE).when().get("/children/{id}/coordination", childId).then().statusCode(200)
                .body("disciplines", equalTo(List.of("laerer", "sundhedsplejerske")))
                .body("crossDisciplinary", equalTo(true))
                .body("tovholder", equalTo(LISE))
                .body("involved.username", equalTo(List.of(HANNE, LISE)));

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(List.of("dk.rodtraad.concern.raised.v2", "dk.rodtraad.concern.raised.v2",
                "dk.rodtraad.concern.colleague-involved.v1", "dk.rodtraad.concern.tovholder-named.v1"),
                events.stream().map(event -> event.eventType).toList());
        var named = List.of(events.getLast());
        assertEquals(List.of(), EventSchemas.validate(named.getFirst().eventType, named.getFirst().payload));
        assertEquals("laerer", JsonPath.from(named.getFirst().payload).getString("profession"));
        assertFalse(named.getFirst().payload.contains(LISE), "the event names the discipline, not the person");
        assertEquals(List.of(LISE + " laerer"), assignments(childId),
                "the person only on the access topic, for the other services' replicas");
    }

    @Test
    void anInvolvedProfessionalNamesTheTovholderOnceAndASecondNamingIsAConflict() {
        String childId = childOf(HANNE);
        as(HANNE).body(Map.of("tovholder", HANNE, "version", 0))
                .when().post("/children/{id}/coordination/tovholder", childId)
                .then().statusCode(200).body("tovholder", equalTo(HANNE)).body("version", equalTo(1));

        as(HANNE).body(Map.of("username", LISE, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(200);
        as(HANNE).body(Map.of("tovholder", LISE, "version", 1))
                .when().post("/children/{id}/coordination/tovholder", childId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Sagen har allerede en tovholder. Brug overdragelse for at skifte"));
    }

    @Test
    void onlyTheTovholderHandsOverAndOnlyToSomeoneInvolved() throws Throwable {
        String childId = childOf(HANNE);
        as(HANNE).body(Map.of("tovholder", HANNE, "version", 0))
                .when().post("/children/{id}/coordination/tovholder", childId).then().statusCode(200);
        as(HANNE).body(Map.of("username", LISE, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(200);

        as(LISE).body(Map.of("to", LISE, "version", 1))
                .when().post("/children/{id}/coordination/handover", childId)
                .then().statusCode(409).body("detail", equalTo("Kun sagens nuværende tovholder kan overdrage opgaven"));
        as(HANNE).body(Map.of("to", KASPER, "version", 1))
                .when().post("/children/{id}/coordination/handover", childId)
                .then().statusCode(400).body("errors.field", equalTo(List.of("to")));

        as(HANNE).body(Map.of("to", LISE, "version", 1))
                .when().post("/children/{id}/coordination/handover", childId)
                .then().statusCode(200).body("tovholder", equalTo(LISE));

        var handedOver = outboxFor(UUID.fromString(childId)).getLast();
        assertEquals("dk.rodtraad.concern.tovholder-handed-over.v1", handedOver.eventType);
        assertEquals(List.of(), EventSchemas.validate(handedOver.eventType, handedOver.payload));
        var payload = JsonPath.from(handedOver.payload);
        assertEquals("sundhedsplejerske", payload.getString("fromProfession"));
        assertEquals("laerer", payload.getString("toProfession"));
        assertEquals(List.of(HANNE + " sundhedsplejerske", LISE + " laerer"), assignments(childId),
                "named, then handed over: the replicas keep the later");
        assertEquals(payload.getString("handedOverAt"),
                JsonPath.from(lastAssignment(childId).payload).getString("assignedAt"), "one moment, on both topics");
    }

    @Test
    void aChangeOnAStaleVersionOrToSomeoneNotInvolvedStoresNothing() throws Throwable {
        String childId = childOf(HANNE);
        long before = stored();
        as(HANNE).body(Map.of("tovholder", HANNE, "version", 7))
                .when().post("/children/{id}/coordination/tovholder", childId).then().statusCode(409);
        as(HANNE).body(Map.of("tovholder", KASPER, "version", 0))
                .when().post("/children/{id}/coordination/tovholder", childId)
                .then().statusCode(400).body("errors.field", equalTo(List.of("tovholder")));
        as(HANNE).body(Map.of()).when().post("/children/{id}/coordination/tovholder", childId)
                .then().statusCode(400).body("errors.field", equalTo(List.of("tovholder", "version")));
        assertEquals(before, stored());
    }

    @Test
    void theMigrationAnnouncesTheTovholderOfEveryOpenCaseNamedBeforeTheEventExisted() throws Throwable {
        String open = childOf(HANNE), closed = childOf(HANNE);
        for (String childId : List.of(open, closed)) {
            as(HANNE).body(Map.of("tovholder", HANNE, "version", 0))
                    .when().post("/children/{id}/coordination/tovholder", childId).then().statusCode(200);
        }
        as(HANNE).when().post("/children/{id}/case/close", closed).then().statusCode(204);
        // As cases from before the event: nothing on the access topic said who their tovholder is.
        for (String childId : List.of(open, closed)) {
            execute("delete from outbox_event where subject_id = :child and event_type = :type", childId);
        }

        try (var migration = TovholderTest.class.getResourceAsStream(
                "/db/migration/V20261202_0920__tovholder_assigned.sql")) {
            execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8), null);
        }

        assertEquals(List.of(HANNE + " sundhedsplejerske"), assignments(open));
        assertEquals(List.of(), assignments(closed), "a closed case has no tovholder to announce");
        Instant named = auditOf(UUID.fromString(open)).stream().filter(entry -> entry.purpose.equals("Tovholder udpeget"))
                .map(entry -> entry.at).findFirst().orElseThrow();
        assertEquals(named, Instant.parse(JsonPath.from(lastAssignment(open).payload).getString("assignedAt")),
                "when the audit log says the tovholder was named");
    }

    /** A statement as the service's own login, with the child and the tovholder-assigned type as parameters. */
    private static void execute(String sql, String childId) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            var statement = session.createNativeQuery(sql);
            if (childId != null) {
                statement.setParameter("child", UUID.fromString(childId))
                        .setParameter("type", "dk.rodtraad.concern.tovholder-assigned.v1");
            }
            return statement.executeUpdate();
        })));
    }

    /**
     * The tovholder-assigned events about the child, in order, as "username discipline": each on the access topic and
     * valid against its schema with no field it does not declare.
     */
    private static List<String> assignments(String childId) throws Throwable {
        var assigned = assignmentEvents(childId);
        for (var event : assigned) {
            assertEquals("rodtraad.concern.access", event.topic);
            assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));
            assertEquals(childId, JsonPath.from(event.payload).getString("childId"));
        }
        return assigned.stream().map(event -> JsonPath.from(event.payload).getString("username") + " "
                + JsonPath.from(event.payload).getString("discipline")).toList();
    }

    private static OutboxEvent lastAssignment(String childId) throws Throwable {
        return assignmentEvents(childId).getLast();
    }

    private static List<OutboxEvent> assignmentEvents(String childId) throws Throwable {
        return allOutboxFor(UUID.fromString(childId)).stream()
                .filter(event -> event.eventType.equals("dk.rodtraad.concern.tovholder-assigned.v1")).toList();
    }

    private static String childOf(String user) {
        return as(user).body(concern(uniqueCpr(), "Hugo Skov", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
    }

    /** Coordinations, involvements and outgoing events. */
    static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Coordination.count()
                .chain(coordinations -> CaseTeamMember.count().map(involved -> coordinations + involved))
                .chain(sum -> OutboxEvent.count().map(events -> sum + events))));
    }
}
