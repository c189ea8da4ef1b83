package dk.rodtraad.chassis.timeline;

import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.chassis.audit.AuditEntry;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TimelineReplicaTest {

    private static final String TYPE = "dk.rodtraad.concern.raised.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);


    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void appliesARedeliveredEventOnlyOnce() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        grantHanne(child);

        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, event, TYPE, child, now, "{\"n\":1}");
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, event, TYPE, child, now, "{\"n\":1}");
        // Same key, same partition: once the marker is applied, both copies before it have been seen.
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, marker, TYPE, child, now.plusSeconds(1), "{\"n\":2}");

        awaitTimelineSize(child, 2);
        given().when().get("/children/{id}/timeline", child).then()
                .body("eventId", equalTo(List.of(event.toString(), marker.toString())));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void ordersByEventTimeThenEventIdWhateverTheArrivalOrder() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        Instant earlier = Instant.parse("2026-11-01T08:00:00Z");
        UUID later = UUID.randomUUID();
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        grantHanne(child);

        kafka.sendCloudEvent(Topics.NETWORK_MEETING_EVENTS, later, TYPE, child, earlier.plusSeconds(60), "{}");
        kafka.sendCloudEvent(Topics.FOLLOWUP_EVENTS, high, TYPE, child, earlier, "{}");
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, low, TYPE, child, earlier, "{}");

        awaitTimelineSize(child, 3);
        given().when().get("/children/{id}/timeline", child).then()
                .body("eventId", equalTo(List.of(low.toString(), high.toString(), later.toString())));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersAPoisonEventWithTheReasonAndGoesOn() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        grantHanne(child);

        kafka.send(new ProducerRecord<>(Topics.CONCERN_EVENTS, child.toString(), "poison-" + child));
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, good, TYPE, child, Instant.now(), "{}");

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> ("poison-" + child).equals(r.value()), PATIENCE);
        assertEquals("Not a CloudEvent (no ce_* headers)", header(dead, "dead-letter-reason"));
        awaitTimelineSize(child, 1);
    }

    /** A CloudEvent with every header right but a body that is not JSON never holds up the events after it. */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersACloudEventWhoseBodyIsNotJsonAndTheNextOfItsChildArrives() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        grantHanne(child);

        String notJson = "this is not json { " + broken;
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, broken, TYPE, child, Instant.now(), notJson);
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, good, TYPE, child, Instant.now(), "{}");

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> notJson.equals(r.value()), PATIENCE);
        String reason = header(dead, "dead-letter-reason");
        assertEquals(true, reason != null && reason.startsWith("data is not JSON"), reason);
        awaitTimelineSize(child, 1);
        given().when().get("/children/{id}/timeline", child).then().body("eventId", equalTo(List.of(good.toString())));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void logsEveryReadOfTheTimeline() throws Throwable {
        UUID child = UUID.randomUUID();
        grantHanne(child);
        // The first 200 is the first read: the attempts before the grant arrived were refusals.
        await().atMost(PATIENCE).untilAsserted(() ->
                given().when().get("/children/{id}/timeline", child).then().statusCode(200));

        long reads = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> AuditEntry.count(
                "childId = ?1 and action = ?2 and username = ?3 and what = ?4", child, AuditEntry.Action.READ,
                "hanne", "timeline")));
        assertEquals(1, reads);
    }

    @Test
    @TestSecurity(user = "lise", roles = "fagperson")
    void refusesAChildTheProfessionalWasNotGrantedAsIfItDidNotExistAndLogsTheRefusal() throws Throwable {
        UUID child = UUID.randomUUID();
        grantHanne(child);
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(), TYPE, child,
                Instant.now(), "{}");

        String refused = given().when().get("/children/{id}/timeline", child).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Barnet findes ikke"))
                .extract().asString();
        String unknown = given().when().get("/children/{id}/timeline", UUID.randomUUID()).then().statusCode(404)
                .extract().asString();
        assertEquals(unknown, refused);

        long refusals = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> AuditEntry.count(
                "childId = ?1 and action = ?2 and username = ?3 and what = ?4", child, AuditEntry.Action.REFUSED,
                "lise", "timeline")));
        assertEquals(1, refusals);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void rejectsAChildIdThatIsNotAUuidAsProblemJson() {
        given().when().get("/children/{id}/timeline", "0102031234").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("childId"));
    }

    @Test
    @TestSecurity(user = "anders", roles = "analytiker")
    void refusesARoleThatMayNotSeeChildren() {
        given().when().get("/children/{id}/timeline", UUID.randomUUID()).then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnAnonymousCaller() {
        given().header("Authorization", "Bearer not-a-token")
                .when().get("/children/{id}/timeline", UUID.randomUUID()).then()
                .statusCode(401);
    }

    /** Hanne may see the child once the replica has the grant; the tests await what they read. */
    private void grantHanne(UUID child) {
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin())
                .send(professionalGranted(child, "hanne", "sundhedsplejerske", "sagsopretter"));
    }

    private static void awaitTimelineSize(UUID child, int size) {
        await().atMost(PATIENCE).untilAsserted(() ->
                given().when().get("/children/{id}/timeline", child).then().statusCode(200).body("$", hasSize(size)));
    }
}
