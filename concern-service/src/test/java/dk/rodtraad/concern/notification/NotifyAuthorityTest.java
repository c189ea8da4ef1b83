package dk.rodtraad.concern.notification;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.outboxFor;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class NotifyAuthorityTest {


    @Test
    void aConcernBecomesANotificationThatGivesTheAuthorityTheChild() throws Throwable {
        var concern = as(LISE).body(concern(uniqueCpr(), "Emma Holm", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        String concernId = concern.path("id");
        String childId = concern.path("childId");
        as(METTE).when().get("/concerns/{id}", concernId).then().statusCode(404);

        String id = as(LISE).body(notice()).when().post("/concerns/{id}/notification", concernId)
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("childId", equalTo(childId))
                .body("concernId", equalTo(concernId))
                .body("ground", equalTo("overgreb"))
                .body("parentsInformed", equalTo(false))
                .body("receivedAt", notNullValue())
                .body("outcome", nullValue())
                .extract().path("id");

        // The authority's access to the child comes from the notification, and its reads are logged.
        as(METTE).when().get("/concerns/{id}", concernId).then().statusCode(200).body("childId", equalTo(childId));
        var audit = auditOf(UUID.fromString(childId)).stream()
                .map(entry -> entry.username + " " + entry.action + " " + entry.what + " " + entry.purpose).toList();
        assertTrue(audit.contains("lise WRITE notification Underretning sendt til myndigheden"), audit.toString());
        assertTrue(audit.contains("mette READ concern Bekymring vist"), audit.toString());

        as(LISE).when().get("/notifications/{id}", id).then().statusCode(200).body("id", equalTo(id));
        as(HANNE).when().get("/notifications/{id}", id).then().statusCode(404);
    }

    @Test
    void aDirectNotificationRegistersTheChildAndInvolvesTheNotifier() {
        String childId = as(HANNE).body(noticeAbout(uniqueCpr(), "Noah Bak")).when().post("/notifications")
                .then().statusCode(201)
                .body("concernId", nullValue())
                .body("childName", equalTo("Noah Bak"))
                .body("parentsNotInformedReason", notNullValue())
                .extract().path("childId");
        as(HANNE).when().get("/children/{id}/team", childId).then().statusCode(200)
                .body("username", equalTo(List.of(HANNE)));
        as(HANNE).when().get("/notifications/mine").then().statusCode(200).body("childId", hasItem(childId));
    }

    @Test
    void onlyTheAuthorityTopicCarriesTheCprNumberTheNameAndTheText() throws Throwable {
        String cpr = uniqueCpr();
        var body = noticeAbout(cpr, "Sofie Dahl");
        body.put("ground", "ulovligt-skolefravaer");
        body.put("parentsInformed", true);
        body.remove("parentsNotInformedReason");
        var created = as(PETER).body(body).when().post("/notifications").then().statusCode(201).extract();
        String id = created.path("id");
        String childId = created.path("childId");

        var events = outboxFor(UUID.fromString(childId));
        assertEquals(List.of("dk.rodtraad.concern.notification-received.v1", "dk.rodtraad.concern.notified.v1"),
                events.stream().map(event -> event.eventType).toList());
        events.forEach(event -> assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload)));

        // Read as the authority's consumer reads it: the one principal the ACLs let read the restricted topic.
        var authority = new KafkaTestClient(RealInfrastructure.current().kafkaLogin(KafkaPrincipals.AUTHORITY));
        var restricted = authority.await(Topics.AUTHORITY_NOTIFICATIONS, record -> record.value().contains(id),
                Duration.ofSeconds(30));
        assertEquals(childId, restricted.key());
        assertEquals(childId, header(restricted, "ce_subject"));
        assertTrue(restricted.value().contains(cpr) && restricted.value().contains("Sofie Dahl")
                && restricted.value().contains("far slår"), restricted.value());

        var pseudonymous = new KafkaTestClient(RealInfrastructure.kafkaAdmin()).await(Topics.CONCERN_EVENTS, record -> record.value().contains(id),
                Duration.ofSeconds(30));
        assertEquals("dk.rodtraad.concern.notified.v1", header(pseudonymous, "ce_type"));
        assertEquals(childId, pseudonymous.key());
        String value = pseudonymous.value();
        assertFalse(value.contains(cpr) || value.contains(cpr.replace("-", "")) || value.contains("Sofie")
                || value.contains("far slår"), value);
        assertTrue(value.contains("\"ground\":\"ulovligt-skolefravaer\""), value);
    }

    @Test
    void onlyAProfessionalInvolvedWithTheConcernMayNotifyFromIt() {
        String concernId = as(LISE).body(concern(uniqueCpr(), "Ida Krog", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract().path("id");
        as(PETER).body(notice()).when().post("/concerns/{id}/notification", concernId).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Bekymringen findes ikke"));
        as(LISE).body(notice()).when().post("/concerns/{id}/notification", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theAuthorityDoesNotNotifyAndProfessionalsDoNotSeeTheAuthoritysInbox() {
        as(METTE).body(noticeAbout(uniqueCpr(), "Alma Lund")).when().post("/notifications").then().statusCode(403)
                .contentType("application/problem+json");
        as(HANNE).when().get("/authority/notifications").then().statusCode(403)
                .contentType("application/problem+json");
        as(METTE).when().get("/notifications/mine").then().statusCode(403);
    }
}
