package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.allOutboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.ANDERS;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADR 0006 with real Keycloak tokens and the real directory: knowing a CPR number grants nothing; the case team
 * is joined only by an explicit, audited, evented act; colleagues are Keycloak's fagpersoner.
 */
@QuarkusTest
class CaseTeamTest {

    private static final Map<String, Object> GROUND = Map.of("code", "tidlig-forebyggende-indsats");

    /** Hanne records the first concern about a new child: she starts its case team. */
    private static Child started(String name) {
        String cpr = uniqueCpr();
        var created = as(HANNE).body(concern(cpr, name, "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract();
        return new Child(cpr, name, created.path("childId"), created.path("id"));
    }

    private record Child(String cpr, String name, String id, String concernId) {
    }

    @Test
    void linkingAConsultationWithAMadeUpNameIsRefusedAndWithTheRightOneGrantsOnlyTheOwnRecord() throws Throwable {
        var child = started("Asta Marie Jensen");
        String consultation = as(LISE).body(Map.of("situation", "En elev virker bange for at gå hjem.",
                "setting", "skole")).when().post("/consultations").then().statusCode(201).extract().path("id");

        as(LISE).body(Map.of("child", Map.of("cpr", child.cpr(), "name", "Mads Hansen"), "version", 0))
                .when().post("/consultations/{id}/child", consultation).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("child.name")))
                .body("errors[0].message", equalTo("Navnet og CPR-nummeret passer ikke sammen"));
        as(LISE).when().get("/consultations/{id}", consultation).then().statusCode(200)
                .body("childId", equalTo(null));

        as(LISE).body(Map.of("child", Map.of("cpr", child.cpr(), "name", "asta jensen"), "version", 0))
                .when().post("/consultations/{id}/child", consultation).then().statusCode(200)
                .body("childId", equalTo(child.id()));

        String unknown = as(LISE).when().get("/children/{id}/coordination", UUID.randomUUID()).then()
                .statusCode(404).extract().body().asString();
        as(LISE).when().get("/consultations/{id}", consultation).then().statusCode(200);
        as(LISE).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);
        as(LISE).when().get("/children/{id}/timeline", child.id()).then().statusCode(404);
        as(LISE).when().get("/children/{id}/coordination", child.id()).then().statusCode(404)
                .body(equalTo(unknown));
        as(LISE).when().get("/children/{id}/team", child.id()).then().statusCode(404);
        as(LISE).when().get("/children/{id}/team/requests", child.id()).then().statusCode(404);
        // Her page of the child is what the summary gives: her own record and whom to contact, not the case.
        as(LISE).redirects().follow(false).contentType("text/html").when().get("/boern/{id}", child.id()).then()
                .statusCode(200).body(allOf(containsString("Barnet har et sagsteam"),
                        containsString("En elev virker bange for at gå hjem."),
                        not(containsString("tidslinje-titel")), not(containsString(child.cpr()))));
        as(PETER).redirects().follow(false).contentType("text/html").when().get("/boern/{id}", child.id()).then()
                .statusCode(404);
        as(LISE).when().get("/children/{id}/team/summary", child.id()).then().statusCode(200)
                .body("teamExists", equalTo(true))
                .body("member", equalTo(false))
                .body("contact.name", equalTo("Hanne Holm"))
                .body("contact.discipline", equalTo("sundhedsplejerske"))
                .body("contact.email", equalTo("hanne@rodtraad.example"))
                .body("contact.phone", equalTo("+45 20 11 22 01"));
        as(PETER).when().get("/children/{id}/team/summary", child.id()).then().statusCode(404);

        assertTrue(auditOf(UUID.fromString(child.id())).stream()
                .anyMatch(entry -> entry.username.equals(LISE) && entry.action.name().equals("REFUSED")),
                "refused attempts are audit-logged");
    }

    @Test
    void recordingForAKnownChildChecksTheNameAndNamingATovholderFromOutsideTheTeamIsRefused() throws Throwable {
        var child = started("Noah Emil Lund");
        var wrong = concern(child.cpr(), "Mads Hansen", "yellow", "dagtilbud");
        long events = allOutboxFor(UUID.fromString(child.id())).size();
        as(PETER).body(wrong).when().post("/concerns").then().statusCode(400)
                .body("errors.field", equalTo(List.of("child.name")));
        // The answer tells that the number is known here, so the attempt is on the child's record of use.
        assertTrue(auditOf(UUID.fromString(child.id())).stream().anyMatch(entry -> entry.username.equals(PETER)
                && entry.action.name().equals("REFUSED") && Integer.valueOf(400).equals(entry.status)),
                "a wrong name for a known CPR number is audit-logged as refused");

        var withTovholder = concern(child.cpr(), "Noah Lund", "yellow", "dagtilbud");
        withTovholder.put("tovholder", PETER);
        as(PETER).body(withTovholder).when().post("/concerns").then().statusCode(400)
                .body("errors.field", equalTo(List.of("tovholder")));
        assertEquals(events, allOutboxFor(UUID.fromString(child.id())).size(), "nothing stored");

        as(PETER).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);
        as(PETER).when().get("/children/{id}/coordination", child.id()).then().statusCode(404);

        // The right name, no tovholder: his own concern, no membership, and the case stays single-disciplinary.
        String own = as(PETER).body(concern(child.cpr(), "NOAH LUND", "yellow", "dagtilbud"))
                .when().post("/concerns").then().statusCode(201).extract().path("id");
        as(PETER).when().get("/concerns/{id}", own).then().statusCode(200);
        as(PETER).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);
        as(HANNE).when().get("/children/{id}/coordination", child.id()).then().statusCode(200)
                .body("disciplines", equalTo(List.of("sundhedsplejerske")));
        as(HANNE).when().get("/children/{id}/team", child.id()).then().statusCode(200)
                .body("username", equalTo(List.of(HANNE)));
    }

    @Test
    void onlyKeycloaksFagpersonerJoinWithTheirOwnDisciplineNothingStoredOtherwise() throws Throwable {
        var child = started("Ella Friis");
        UUID id = UUID.fromString(child.id());
        long events = allOutboxFor(id).size();
        for (String who : List.of(METTE, ANDERS, "nosuchuser", "<script>")) {
            as(HANNE).body(Map.of("username", who, "basis", GROUND))
                    .when().post("/children/{id}/team", child.id()).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("username")));
        }
        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "samtykke")))
                .when().post("/children/{id}/team", child.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("basis.consentGivenOn", "basis.consentGivenTo",
                        "basis.consentScope")));
        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "kender-cpr-nummeret")))
                .when().post("/children/{id}/team", child.id()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("basis.code")));
        assertEquals(events, allOutboxFor(id).size(), "no event");
        as(HANNE).when().get("/children/{id}/team", child.id()).then().body("$", hasSize(1));

        var add = new HashMap<String, Object>(Map.of("username", KASPER, "basis", Map.of("code", "samtykke",
                "consentGivenOn", "2026-11-20", "consentGivenTo", "Hanne Holm, sundhedsplejerske",
                "consentScope", "Trivsel i klubben")));
        add.put("profession", "laerer");
        as(HANNE).body(add).when().post("/children/{id}/team", child.id()).then().statusCode(200)
                .body("username", equalTo(List.of(HANNE, KASPER)))
                .body("discipline", equalTo(List.of("sundhedsplejerske", "klubmedarbejder")))
                .body("name", equalTo(List.of("Hanne Holm", "Kasper Mølgaard")))
                .body("basis", equalTo(List.of("sagsopretter", "samtykke")));
        as(KASPER).when().get("/concerns/{id}", child.concernId()).then().statusCode(200);

        var granted = allOutboxFor(id).stream()
                .filter(e -> e.eventType.equals("dk.rodtraad.concern.child-access-granted.v1")).toList();
        assertEquals(2, granted.size());
        for (OutboxEvent event : granted) {
            assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));
            assertEquals("rodtraad.concern.access", event.topic);
        }
        var kasper = JsonPath.from(granted.getLast().payload);
        assertEquals("klubmedarbejder", kasper.getString("discipline"), "from Keycloak, not the request");
        assertEquals("samtykke", kasper.getString("basis"));
        assertFalse(granted.getLast().payload.contains("Mølgaard"), "usernames and disciplines, never names");
        var involved = allOutboxFor(id).stream()
                .filter(e -> e.eventType.equals("dk.rodtraad.concern.colleague-involved.v1")).toList();
        assertEquals(1, involved.size());
        assertTrue(involved.getFirst().payload.contains("klubmedarbejder"));
    }

    @Test
    void askingToJoinIsDecidedByTheTovholderOrWhileNoneByAMember() {
        var child = started("Liva Kjær");
        String own = as(LISE).body(concern(child.cpr(), "Liva Kjær", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract().path("id");
        as(PETER).body(Map.of("basis", GROUND)).when().post("/children/{id}/team/requests", child.id()).then()
                .statusCode(404);
        as(LISE).body(Map.of("basis", Map.of("code", "samtykke"))).when()
                .post("/children/{id}/team/requests", child.id()).then().statusCode(400);
        String requestId = as(LISE).body(Map.of("basis", GROUND, "message", "Jeg er hendes klasselærer"))
                .when().post("/children/{id}/team/requests", child.id()).then().statusCode(201)
                .extract().path("id");
        as(LISE).when().get("/children/{id}/team/summary", child.id()).then().body("requested", equalTo(true));
        as(HANNE).when().get("/children/{id}/team/requests", child.id()).then().statusCode(200)
                .body("username", equalTo(List.of(LISE)))
                .body("discipline", equalTo(List.of("laerer")));
        as(LISE).when().post("/children/{id}/team/requests/{r}/accept", child.id(), requestId).then()
                .statusCode(404);

        // Her concern makes the case cross-disciplinary as she joins: the tovholder is named with the acceptance.
        as(HANNE).body(Map.of()).when().post("/children/{id}/team/requests/{r}/accept", child.id(), requestId)
                .then().statusCode(400).body("errors.field", equalTo(List.of("tovholder")));
        as(HANNE).body(Map.of("tovholder", HANNE))
                .when().post("/children/{id}/team/requests/{r}/accept", child.id(), requestId).then()
                .statusCode(200).body("username", equalTo(List.of(HANNE, LISE)));
        as(LISE).when().get("/concerns/{id}", child.concernId()).then().statusCode(200);
        as(LISE).when().get("/children/{id}/timeline", child.id()).then().statusCode(200);
        as(HANNE).when().get("/children/{id}/coordination", child.id()).then()
                .body("disciplines", equalTo(List.of("laerer", "sundhedsplejerske")))
                .body("tovholder", equalTo(HANNE));
        as(LISE).when().get("/concerns/{id}", own).then().statusCode(200);

        // Declined: Peter stays outside.
        as(PETER).body(concern(child.cpr(), "Liva Kjaer", "yellow", "dagtilbud")).when().post("/concerns").then()
                .statusCode(201);
        String peters = as(PETER).body(Map.of("basis", GROUND)).when()
                .post("/children/{id}/team/requests", child.id()).then().statusCode(201).extract().path("id");
        as(LISE).when().post("/children/{id}/team/requests/{r}/decline", child.id(), peters).then()
                .statusCode(403);
        as(HANNE).when().post("/children/{id}/team/requests/{r}/decline", child.id(), peters).then()
                .statusCode(200).body("$", hasSize(0));
        as(PETER).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);
        as(PETER).when().get("/children/{id}/team/summary", child.id()).then().statusCode(200)
                .body("requested", equalTo(false))
                .body("contactIsTovholder", equalTo(true))
                .body("contact.username", equalTo(HANNE));
    }

    @Test
    void theTovholderRemovesAndClosesTheAuthorityKeepsItsAccess() throws Throwable {
        var child = started("Oscar Bech");
        as(HANNE).body(Map.of("username", PETER, "basis", GROUND)).when()
                .post("/children/{id}/team", child.id()).then().statusCode(200);
        as(HANNE).body(Map.of("username", LISE, "basis", GROUND)).when()
                .post("/children/{id}/team", child.id()).then().statusCode(200);
        // A second discipline's concern needs the tovholder: Hanne.
        var second = concern(child.cpr(), "Oscar Bech", "yellow", "dagtilbud");
        second.put("tovholder", HANNE);
        as(PETER).body(second).when().post("/concerns").then().statusCode(201);

        as(PETER).when().delete("/children/{id}/team/{u}", child.id(), LISE).then().statusCode(403);
        as(HANNE).when().delete("/children/{id}/team/{u}", child.id(), HANNE).then().statusCode(409);
        as(HANNE).when().delete("/children/{id}/team/{u}", child.id(), LISE).then().statusCode(200)
                .body("username", equalTo(List.of(HANNE, PETER)));
        as(LISE).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);

        as(HANNE).body(notice()).when().post("/concerns/{id}/notification", child.concernId()).then()
                .statusCode(201);
        as(PETER).when().post("/children/{id}/case/close", child.id()).then().statusCode(403);
        as(HANNE).when().post("/children/{id}/case/close", child.id()).then().statusCode(204);
        as(PETER).when().get("/concerns/{id}", child.concernId()).then().statusCode(404);
        as(HANNE).when().get("/children/{id}/coordination", child.id()).then().statusCode(404);
        as(HANNE).when().get("/concerns/{id}", child.concernId()).then().statusCode(200); // her own record
        as(PETER).when().get("/children/{id}/timeline", child.id()).then().statusCode(404);
        as(METTE).when().get("/concerns/{id}", child.concernId()).then().statusCode(200);
        as(METTE).when().get("/children/{id}/timeline", child.id()).then().statusCode(200);

        var events = allOutboxFor(UUID.fromString(child.id()));
        var revoked = events.stream().filter(e -> e.eventType.equals("dk.rodtraad.concern.child-access-revoked.v1"))
                .toList();
        assertEquals(List.of("lise fjernet", "hanne sag-lukket", "peter sag-lukket"), revoked.stream()
                .map(e -> JsonPath.from(e.payload).getString("username") + " "
                        + JsonPath.from(e.payload).getString("reason")).toList());
        var authority = events.stream().filter(e -> e.eventType.equals("dk.rodtraad.concern.child-access-granted.v1")
                && e.payload.contains("\"myndighed\"")).toList();
        assertEquals(1, authority.size());
        for (var event : events) {
            if (event.topic.equals("rodtraad.concern.access")) {
                assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload), event.payload);
            }
        }
        assertTrue(authority.getFirst().payload.contains("\"underretning\""));

        // A later first concern starts a new team.
        as(PETER).body(concern(child.cpr(), "Oscar Bech", "yellow", "dagtilbud")).when().post("/concerns").then()
                .statusCode(201);
        as(PETER).when().get("/children/{id}/team", child.id()).then().statusCode(200)
                .body("username", equalTo(List.of(PETER))).body("basis", hasItem("sagsopretter"));
        as(HANNE).when().get("/children/{id}/team", child.id()).then().statusCode(404);
    }

    @Test
    void thePickerFindsFagpersonerByNameAndDiscipline() {
        as(HANNE).when().get("/colleagues?q=lise").then().statusCode(200)
                .body("username", equalTo(List.of(LISE)))
                .body("name", equalTo(List.of("Lise Berg")))
                .body("discipline", equalTo(List.of("laerer")));
        as(HANNE).when().get("/colleagues?q=molgaard").then().body("username", equalTo(List.of(KASPER)));
        as(HANNE).when().get("/colleagues?discipline=paedagog").then().body("username", equalTo(List.of(PETER)));
        as(HANNE).when().get("/colleagues?q=mette").then().body("$", hasSize(0));
        as(METTE).when().get("/colleagues?q=lise").then().statusCode(403);
    }

}
