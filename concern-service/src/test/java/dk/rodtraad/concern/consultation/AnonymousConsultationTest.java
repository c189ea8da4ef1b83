package dk.rodtraad.concern.consultation;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class AnonymousConsultationTest {

    private static final Map<String, Object> SITUATION = Map.of("situation",
            "En dreng i 2. klasse kommer ofte sulten og uden madpakke.", "setting", "skole", "childAgeYears", 8);

    @Test
    void colleaguesAndTheAuthorityGiveSparringOnAnAnonymousConsultationOnlyItsOpenerLinksIt() {
        String id = as(HANNE).body(SITUATION).when().post("/consultations").then().statusCode(201)
                .body("childId", nullValue())
                .body("childAgeYears", equalTo(8))
                .extract().path("id");

        as(PETER).when().get("/consultations").then().statusCode(200).body("id", hasItem(id));
        as(PETER).body(Map.of("text", "Tal med forældrene om morgenmad, uden at det bliver en anklage."))
                .when().post("/consultations/{id}/notes", id).then().statusCode(200).body("notes", hasSize(1));
        as(METTE).body(Map.of("text", "Det lyder ikke som en underretning endnu. Følg op om en uge."))
                .when().post("/consultations/{id}/notes", id).then().statusCode(200)
                .body("notes.writtenBy", equalTo(List.of(PETER, METTE)));

        as(PETER).body(Map.of("child", Map.of("cpr", uniqueCpr(), "name", "En Dreng"), "version", 0))
                .when().post("/consultations/{id}/child", id).then().statusCode(403)
                .contentType("application/problem+json");
        as(HANNE).when().get("/consultations/{id}", id).then().statusCode(200).body("childId", nullValue());
    }

    @Test
    void aConsultationSentAgainWithItsKeyIsOpenedOnce() {
        String situation = "En pige på 6 år græder hver morgen ved afleveringen. " + UUID.randomUUID();
        var body = Map.of("situation", situation, "setting", "dagtilbud", "childAgeYears", 6);
        String key = UUID.randomUUID().toString();
        String first = as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/consultations")
                .then().statusCode(201).extract().path("id");
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/consultations")
                .then().statusCode(201).body("id", equalTo(first));
        List<String> listed = as(HANNE).when().get("/consultations").then().statusCode(200).extract().jsonPath()
                .getList("situation", String.class);
        assertEquals(1, listed.stream().filter(situation::equals).count(), "one consultation");
    }

    @Test
    void aNoteSentAgainWithItsKeyIsAddedOnce() {
        String id = as(HANNE).body(SITUATION).when().post("/consultations").then().statusCode(201).extract().path("id");
        var note = Map.of("text", "Aftalt at observere en uge mere.");
        String key = UUID.randomUUID().toString();

        as(PETER).header(IdempotencyKey.HEADER, key).body(note).when().post("/consultations/{id}/notes", id)
                .then().statusCode(200).body("notes", hasSize(1));
        as(PETER).header(IdempotencyKey.HEADER, key).body(note).when().post("/consultations/{id}/notes", id)
                .then().statusCode(200).body("notes", hasSize(1));

        // Another note under the same key is another request: refused, not added.
        as(PETER).header(IdempotencyKey.HEADER, key).body(Map.of("text", "Noget andet.")).when()
                .post("/consultations/{id}/notes", id).then().statusCode(400)
                .body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        as(HANNE).when().get("/consultations/{id}", id).then().statusCode(200)
                .body("notes.text", equalTo(List.of("Aftalt at observere en uge mere.")));
    }

    @Test
    void linkingToANamedChildKeepsTheHistoryAndShowsItToThoseInvolvedWithTheChild() throws Throwable {
        String cpr = uniqueCpr();
        var concern = as(LISE).body(concern(cpr, "Lukas Mark", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        String childId = concern.path("childId");
        var opened = as(HANNE).body(SITUATION).when().post("/consultations").then().statusCode(201).extract();
        String id = opened.path("id");
        as(HANNE).body(Map.of("text", "Aftalt at observere en uge mere.")).when().post("/consultations/{id}/notes", id)
                .then().statusCode(200);
        as(HANNE).body(Map.of("child", Map.of("cpr", cpr, "name", "Lukas Mark"), "version", 0))
                .when().post("/consultations/{id}/child", id).then().statusCode(200)
                .body("childId", equalTo(childId))
                .body("linkedBy", equalTo(HANNE))
                .body("situation", equalTo(SITUATION.get("situation")))
                .body("openedAt", equalTo(opened.path("openedAt")))
                .body("notes.text", equalTo(List.of("Aftalt at observere en uge mere.")));

        as(LISE).when().get("/consultations/{id}", id).then().statusCode(200).body("notes", hasSize(1));
        as(METTE).when().get("/consultations/{id}", id).then().statusCode(404);
        as(LISE).body(notice()).when().post("/concerns/{id}/notification", concern.<String>path("id"))
                .then().statusCode(201);
        as(METTE).when().get("/consultations/{id}", id).then().statusCode(200)
                .body("situation", equalTo(SITUATION.get("situation")));
        // Linking to a child with a case team made Hanne no member (ADR 0006).
        as(LISE).when().get("/children/{id}/team", childId).then().statusCode(200)
                .body("username", equalTo(List.of(LISE)));

        var linked = outboxFor(UUID.fromString(childId)).stream()
                .filter(event -> event.eventType.equals("dk.rodtraad.concern.consultation-linked.v1"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), EventSchemas.validate(linked.eventType, linked.payload));
        assertFalse(linked.payload.contains("madpakke") || linked.payload.contains("Lukas"));
        assertEquals(List.of("hanne WRITE Anonym sparring knyttet til barnet", "lise READ Sparring vist",
                "mette REFUSED Adgang nægtet (404)", "mette READ Sparring vist"),
                auditOf(UUID.fromString(childId)).stream().filter(entry -> entry.what.equals("consultation"))
                        .map(entry -> entry.username + " " + entry.action + " " + entry.purpose).toList());

        as(HANNE).body(Map.of("child", Map.of("cpr", uniqueCpr(), "name", "En Anden"), "version", 1))
                .when().post("/consultations/{id}/child", id).then().statusCode(409)
                .body("detail", equalTo("Sparringen er allerede knyttet til et barn"));
    }

    @Test
    void aConsultationLinkedToANewChildRegistersTheChild() {
        String id = as(HANNE).body(SITUATION).when().post("/consultations").then().statusCode(201).extract().path("id");
        as(HANNE).body(Map.of("child", Map.of("cpr", uniqueCpr(), "name", "Maja Holm"), "version", 0))
                .when().post("/consultations/{id}/child", id).then().statusCode(200)
                .body("childId", notNullValue());
    }

    @Test
    void badInputIsNamedAndStoresNothing() throws Throwable {
        long before = stored();
        as(HANNE).body(Map.of()).when().post("/consultations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("setting", "situation")));
        as(HANNE).body(Map.of("situation", "Noget", "setting", "skole", "childAgeYears", 19))
                .when().post("/consultations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("childAgeYears")));
        assertEquals(before, stored());

        String id = as(HANNE).body(SITUATION).when().post("/consultations").then().statusCode(201).extract().path("id");
        long opened = stored();
        as(HANNE).body(Map.of("child", Map.of("cpr", "12345", "name", "Nora Vang"), "version", 0))
                .when().post("/consultations/{id}/child", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("child.cpr")));
        as(HANNE).body(Map.of("child", Map.of("id", UUID.randomUUID().toString()), "version", 0))
                .when().post("/consultations/{id}/child", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("child.id")));
        as(HANNE).body(Map.of("child", Map.of("cpr", uniqueCpr(), "name", "Nora Vang"), "version", 5))
                .when().post("/consultations/{id}/child", id).then().statusCode(409);
        as(HANNE).body(Map.of("text", " ")).when().post("/consultations/{id}/notes", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("text")));
        assertEquals(opened, stored());
        as(HANNE).when().get("/consultations/{id}", id).then().body("childId", nullValue());
    }

    /** Consultations, notes and children. */
    private static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Consultation.count()
                .chain(consultations -> ConsultationNote.count().map(notes -> consultations + notes))
                .chain(sum -> Child.count().map(children -> sum + children))));
    }
}
