package dk.rodtraad.concern.authority;

import dk.rodtraad.concern.AdjustableClock;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AuthorityInboxTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void theInboxShowsOverdueNotificationsFirstThenTheNearestDeadline() {
        String overdue = notify(HANNE, "Aske Bruun");
        clock.advance(Duration.ofDays(2));
        String urgencyDue = notify(HANNE, "Bella Bruun");
        String receiptDue = notify(LISE, "Carl Bruun");
        as(METTE).body(Map.of("urgency", "ikke-akut", "version", 0))
                .when().post("/authority/notifications/{id}/urgency", receiptDue).then().statusCode(200);

        var inbox = as(METTE).when().get("/authority/notifications").then().statusCode(200).extract().jsonPath();
        List<String> ids = inbox.getList("id");
        var ours = ids.stream().filter(List.of(overdue, urgencyDue, receiptDue)::contains).toList();
        assertEquals(List.of(overdue, urgencyDue, receiptDue), ours);

        int first = ids.indexOf(overdue);
        assertEquals(true, inbox.getBoolean("[" + first + "].overdue"));
        assertEquals("URGENCY_ASSESSMENT", inbox.getString("[" + first + "].deadlines[0].kind"));
        assertEquals(true, inbox.getBoolean("[" + first + "].deadlines[0].overdue"));
        assertEquals(false, inbox.getBoolean("[" + first + "].deadlines[1].overdue"));
        assertEquals("Aske Bruun", inbox.getString("[" + first + "].child.name"));
        assertEquals(false, inbox.getBoolean("[" + ids.indexOf(urgencyDue) + "].overdue"));
        assertTrue(inbox.getString("[" + ids.indexOf(receiptDue) + "].deadlines[0].metAt") != null);
    }

    @Test
    void eachStepIsTakenOnceAuditedPublishedAndTheNotifierSeesTheOutcome() throws Throwable {
        String id = notify(LISE, "Dagmar Friis");
        String childId = as(LISE).when().get("/notifications/{id}", id).then().extract().path("childId");
        String path = "/authority/notifications/{id}/";

        as(METTE).when().get("/authority/notifications/{id}", id).then().statusCode(200)
                .body("version", equalTo(0)).body("ground", equalTo("overgreb"));
        as(METTE).body(Map.of("outcome", "stoette", "version", 0)).when().post(path + "outcome", id)
                .then().statusCode(409).body("detail", equalTo("Vurder først, om underretningen kræver akut handling"));
        as(METTE).body(Map.of("urgency", "akut", "version", 0)).when().post(path + "urgency", id)
                .then().statusCode(200).body("version", equalTo(1)).body("urgency", equalTo("akut"));
        as(METTE).body(Map.of("urgency", "ikke-akut", "version", 1)).when().post(path + "urgency", id)
                .then().statusCode(409).body("detail", equalTo("Underretningen er allerede vurderet"));
        as(METTE).body(Map.of("version", 0)).when().post(path + "receipt", id).then().statusCode(409)
                .body("title", equalTo("Ændret af en anden"));
        as(METTE).body(Map.of("version", 1)).when().post(path + "receipt", id).then().statusCode(200)
                .body("receiptSentAt", notNullValue()).body("overdue", equalTo(false));
        as(METTE).body(Map.of("outcome", "boernefaglig-undersoegelse", "version", 2)).when().post(path + "outcome", id)
                .then().statusCode(200).body("outcome", equalTo("boernefaglig-undersoegelse"));

        as(LISE).when().get("/notifications/mine").then().statusCode(200)
                .body("find { it.id == '%s' }.outcome".formatted(id), equalTo("boernefaglig-undersoegelse"))
                .body("find { it.id == '%s' }.receiptSentAt".formatted(id), notNullValue());

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(List.of("dk.rodtraad.concern.notification-received.v1", "dk.rodtraad.concern.notified.v1",
                "dk.rodtraad.concern.notification-urgency-assessed.v1",
                "dk.rodtraad.concern.notification-receipt-sent.v1",
                "dk.rodtraad.concern.notification-outcome-decided.v1"),
                events.stream().map(event -> event.eventType).toList());
        events.forEach(event -> assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload)));
        events.stream().skip(1).forEach(event -> {
            assertEquals("rodtraad.concern.events", event.topic);
            assertFalse(event.payload.contains("Dagmar"), event.payload);
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(LISE).when().get("/children/{id}/timeline", childId)
                .then().statusCode(200)
                .body("type", hasItems("dk.rodtraad.concern.notified.v1",
                        "dk.rodtraad.concern.notification-outcome-decided.v1")));
        var audit = auditOf(UUID.fromString(childId)).stream().filter(entry -> entry.username.equals(METTE))
                .map(entry -> entry.action + " " + entry.purpose).toList();
        assertTrue(audit.containsAll(List.of("READ Underretning vist", "WRITE Underretning vurderet: Akut",
                "WRITE Kvittering sendt", "WRITE Udfald besluttet: Børnefaglig undersøgelse (§ 20)")), audit.toString());
    }

    @Test
    void badStepsAreNamedAndChangeNothing() {
        String id = notify(HANNE, "Erik Friis");
        String path = "/authority/notifications/{id}/urgency";
        as(METTE).body(Map.of()).when().post(path, id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("urgency", "version")));
        as(METTE).body(Map.of("urgency", "maaske", "version", 0)).when().post(path, id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("urgency")));
        as(METTE).body(Map.of("outcome", "fjernelse", "version", 0))
                .when().post("/authority/notifications/{id}/outcome", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("outcome")));
        as(METTE).body(Map.of("urgency", "akut", "version", 0)).when().post(path, UUID.randomUUID())
                .then().statusCode(404);
        as(HANNE).body(Map.of("urgency", "akut", "version", 0)).when().post(path, id).then().statusCode(403);
        as(METTE).when().get("/authority/notifications/{id}", id).then().statusCode(200)
                .body("version", equalTo(0)).body("urgency", equalTo(null));
    }

    private static String notify(String professional, String childName) {
        return as(professional).body(noticeAbout(uniqueCpr(), childName)).when().post("/notifications")
                .then().statusCode(201).extract().path("id");
    }
}
