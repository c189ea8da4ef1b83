package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.audit.AuditEntry;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.concernAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A professional sees a child only when involved; to anyone else the child does not exist. */
@QuarkusTest
class ChildAccessTest {

    @Test
    void aProfessionalWhoIsNotInvolvedIsToldTheChildDoesNotExist() {
        var created = as(HANNE).body(concern(uniqueCpr(), "Ines Bak", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract();
        String concernId = created.path("id");
        String childId = created.path("childId");

        var unknownConcern = as(PETER).when().get("/concerns/{id}", UUID.randomUUID()).then().statusCode(404)
                .extract().path("detail");
        as(PETER).when().get("/concerns/{id}", concernId).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo(unknownConcern));
        as(PETER).body(Map.of("level", "red", "acute", false, "signs", List.of(signInForce()), "version", 0))
                .when().post("/concerns/{id}/reassessments", concernId).then().statusCode(404);
        as(PETER).when().get("/children/{id}/coordination", childId).then().statusCode(404)
                .body("detail", equalTo("Barnet findes ikke"));
        as(PETER).when().get("/children/{id}/team", childId).then().statusCode(404);
        as(PETER).body(Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(404);
        as(PETER).body(concernAbout(new HashMap<>(Map.of("id", childId)), "red", "dagtilbud"))
                .when().post("/concerns").then().statusCode(400)
                .body("errors.field", equalTo(List.of("child.id")))
                .body("errors[0].message", equalTo("Barnet findes ikke"));
    }

    @Test
    void aColleagueInvolvedBySomeoneInvolvedSeesTheChildAndEveryUseIsAudited() throws Throwable {
        var created = as(HANNE).body(concern(uniqueCpr(), "Jakob Eng", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract();
        String childId = created.path("childId");

        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(200)
                .body("username", equalTo(List.of(HANNE, PETER)))
                .body("discipline", equalTo(List.of("sundhedsplejerske", "paedagog")));
        as(PETER).when().get("/concerns/{id}", created.<String>path("id")).then().statusCode(200);
        as(PETER).when().get("/children/{id}/coordination", childId).then().statusCode(200);

        var audit = auditOf(UUID.fromString(childId));
        assertEquals(List.of("hanne WRITE concern", "hanne WRITE case-team", "peter READ concern",
                "peter READ coordination"), audit.stream().map(ChildAccessTest::line).toList());
        assertEquals("Kollega tilføjet sagsteamet", audit.get(1).purpose, "a fixed phrase, never a username");
        assertEquals(PETER, audit.get(1).concerning);
    }

    @Test
    void involvingAColleagueGoesOnTheTimelineByDisciplineOnceAndNeverByName() throws Throwable {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Lone Bro", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        var involve = Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats"));

        as(HANNE).body(involve).when().post("/children/{id}/team", childId).then().statusCode(200);
        as(HANNE).body(involve).when().post("/children/{id}/team", childId).then().statusCode(409);

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(List.of("dk.rodtraad.concern.raised.v2", "dk.rodtraad.concern.colleague-involved.v1"),
                events.stream().map(event -> event.eventType).toList(), "involving again changes nothing");
        var involved = events.getLast();
        assertEquals(List.of(), EventSchemas.validate(involved.eventType, involved.payload));
        assertTrue(involved.payload.contains("\"profession\":\"paedagog\""));
        assertFalse(involved.payload.contains(PETER), "the event names the discipline, never the person");
    }

    @Test
    void involvingAColleagueNeedsAUsernameAndAKnownDisciplineAndStoresNothingOtherwise() throws Throwable {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Karla Å", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        long before = involvements();
        as(HANNE).body(Map.of("username", " ", "profession", "tandlaege"))
                .when().post("/children/{id}/team", childId).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("username")));
        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", "ikke-et-id").then().statusCode(400)
                .body("errors.field", equalTo(List.of("childId")));
        assertEquals(before, involvements());
    }

    private static String line(AuditEntry entry) {
        return entry.username + " " + entry.action + " " + entry.what;
    }

    private static long involvements() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> CaseTeamMember.count()));
    }
}
