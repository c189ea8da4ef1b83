package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import dk.rodtraad.chassis.audit.AuditEntry;
import dk.rodtraad.chassis.inbox.EventNotAppliedException;
import dk.rodtraad.contracts.Topics;
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
import static dk.rodtraad.testkit.timeline.TimelineEvents.exampleAbout;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TimelineReplicaTest {

    private static final String TYPE = EventType.CONCERN_RAISED_V2.type();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A kind of event the contracts of this build do not know, from a producer newer than this service. */
    private static final String NEW_TYPE = "dk.rodtraad.network-meeting.a-kind-these-contracts-do-not-know.v1";

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void appliesARedeliveredEventOnlyOnce() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        grantHanne(child);

        String raised = concernRaised(child);
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, event, TYPE, child, now, raised);
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, event, TYPE, child, now, raised);
        // Same key, same partition: once the marker is applied, both copies before it have been seen.
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, marker, TYPE, child, now.plusSeconds(1), concernRaised(child));

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

        kafka.sendCloudEvent(Topics.NETWORK_MEETING_EVENTS, later, TYPE, child, earlier.plusSeconds(60), concernRaised(child));
        kafka.sendCloudEvent(Topics.FOLLOWUP_EVENTS, high, TYPE, child, earlier, concernRaised(child));
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, low, TYPE, child, earlier, concernRaised(child));

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
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, good, TYPE, child, Instant.now(), concernRaised(child));

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> ("poison-" + child).equals(r.value()), PATIENCE);
        assertEquals("Not a CloudEvent (no ce_specversion header)", header(dead, "dead-letter-reason"));
        awaitTimelineSize(child, 1);
    }

    /** A CloudEvent with every header right but a body that is not JSON never holds up the events after it. */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersACloudEventWhoseBodyIsNotJsonAndTheNextOfItsChildArrives() {
        String reason = deadLetteredBeforeTheNextOfItsChild(TYPE, child -> "this is not json { " + child);
        assertTrue(reason.startsWith("data is not JSON"), reason);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersAnEventThatBreaksItsSchemaNamingWhatIsWrongAndTheNextOfItsChildArrives() {
        String reason = deadLetteredBeforeTheNextOfItsChild(TYPE, child -> {
            var raised = (ObjectNode) json(concernRaised(child));
            raised.put("level", "orange");
            raised.remove("signs");
            return raised.toString();
        });
        assertTrue(reason.startsWith(TYPE + " does not satisfy its schema: ")
                && reason.contains("/level: does not have a value in the enumeration")
                && reason.contains("required property 'signs' not found"), reason);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersAnUnknownVersionOfATypeItReadsAndTheNextOfItsChildArrives() {
        String reason = deadLetteredBeforeTheNextOfItsChild("dk.rodtraad.concern.raised.v9", this::concernRaised);
        assertEquals("Unknown version dk.rodtraad.concern.raised.v9: this consumer reads "
                + "dk.rodtraad.concern.raised.v1, dk.rodtraad.concern.raised.v2", reason);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersAnEventWhoseTypeIsNoVersionedRodTraadType() {
        String reason = deadLetteredBeforeTheNextOfItsChild("raised", this::concernRaised);
        assertEquals("ce_type is not a versioned Rød Tråd event type (dk.rodtraad.<...>.v<n>): raised", reason);
    }

    /**
     * A failure that is neither poison nor transient — here PostgreSQL refusing a NUL character in a jsonb value,
     * which no schema knows of — is tried a few times, then dead-lettered with its cause, and holds up nothing after.
     */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void deadLettersAnEventThatFailsForNoTransientReasonAfterAFewTriesAndTheNextOfItsChildArrives() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        grantHanne(child);

        kafka.sendCloudEvent(Topics.NETWORK_MEETING_EVENTS, failing, NEW_TYPE, child, Instant.now(),
                "{\"note\":\"\\u0000\"}");
        kafka.sendCloudEvent(Topics.NETWORK_MEETING_EVENTS, UUID.randomUUID(), TYPE, child, Instant.now(),
                concernRaised(child));

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> failing.toString().equals(header(r, "ce_id")),
                PATIENCE);
        assertEquals(EventNotAppliedException.class.getName(), header(dead, "dead-letter-exception-class-name"));
        String reason = header(dead, "dead-letter-reason");
        assertTrue(reason.startsWith("Failed 4 times, not for a transient reason, in timeline: "), reason);
        awaitTimelineSize(child, 1);
        given().when().get("/children/{id}/timeline", child).then().body("type", equalTo(List.of(TYPE)));
    }

    /** Consumers ignore fields they do not know: an optional field a producer added later breaks nothing. */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void appliesAnEventWithAFieldItDoesNotKnow() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        grantHanne(child);
        var raised = (ObjectNode) json(concernRaised(child));
        raised.put("addedLater", "an optional field of a later minor version");

        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(), TYPE, child, Instant.now(), raised.toString());

        awaitTimelineSize(child, 1);
        given().when().get("/children/{id}/timeline", child).then()
                .body("[0].text", equalTo("En fagperson registrerede en bekymring: gul (øget opmærksomhed), set i "
                        + "skolen den 20. november 2026 (1 tegn)."));
    }

    /**
     * The topics keep events for ever: a record sent before the relays set {@code dataschema} and sent the content type
     * once ({@code ce_datacontenttype} beside {@code content-type}) is applied as a record sent today.
     */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void appliesAnEventAsTheRelaysSentThemBeforeTheyNamedTheSchemaAndSentTheContentTypeOnce() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        UUID today = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        grantHanne(child);

        kafka.send(KafkaTestClient.cloudEventAsSentBefore(Topics.CONCERN_EVENTS, before, TYPE, child, now,
                concernRaised(child)));
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, today, TYPE, child, now.plusSeconds(1), concernRaised(child));

        awaitTimelineSize(child, 2);
        given().when().get("/children/{id}/timeline", child).then()
                .body("eventId", equalTo(List.of(before.toString(), today.toString())));
    }

    /**
     * A kind of event the contracts of this build do not know at all is kept, unchecked, in its place: it reads as
     * the neutral sentence until this service learns its words (see TimelineProjector).
     */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void keepsAKindOfEventNewToItsContractsInItsPlaceWithTheNeutralSentence() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        grantHanne(child);

        kafka.sendCloudEvent(Topics.NETWORK_MEETING_EVENTS, UUID.randomUUID(), NEW_TYPE, child, Instant.now(),
                "{\"meetingId\":\"" + UUID.randomUUID() + "\"}");

        awaitTimelineSize(child, 1);
        given().when().get("/children/{id}/timeline", child).then()
                .body("[0].type", equalTo(NEW_TYPE))
                .body("[0].text", equalTo("En hændelse, som denne udgave af Rød Tråd endnu ikke kan beskrive."));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void logsEveryReadOfTheTimeline() throws Throwable {
        UUID child = UUID.randomUUID();
        grantHanne(child);
        // The first 200 is the first read: the attempts before the grant arrived were refusals.
        await().atMost(PATIENCE).untilAsserted(() ->
                given().when().get("/children/{id}/timeline", child).then().statusCode(200));

        assertEquals(1, timelineReads(child));
    }

    private static long timelineReads(UUID child) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> AuditEntry.count(
                "childId = ?1 and action = ?2 and username = ?3 and what = ?4", child, AuditEntry.Action.READ,
                "hanne", "timeline")));
    }

    /**
     * An API client that keeps its copy of a timeline asks with the copy's ETag: while the timeline has no new entry
     * the answer is 304 without a body, a read logged as every read is; a new entry gives the whole timeline again
     * with a new tag (docs/api.md, "A copy kept").
     */
    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void answersAClientWhoseCopyIsCurrent304AndLogsThatReadToo() throws Throwable {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        grantHanne(child);
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(), TYPE, child, now, concernRaised(child));
        awaitTimelineSize(child, 1);

        String tag = given().when().get("/children/{id}/timeline", child).then().statusCode(200)
                .header("ETag", startsWith("W/\"")).extract().header("ETag");
        long readsBefore = timelineReads(child);
        given().header("If-None-Match", tag).when().get("/children/{id}/timeline", child).then().statusCode(304)
                .header("ETag", equalTo(tag)).body(emptyString());
        assertEquals(readsBefore + 1, timelineReads(child));

        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(), TYPE, child, now.plusSeconds(1),
                concernRaised(child));
        awaitTimelineSize(child, 2);
        String newTag = given().header("If-None-Match", tag).when().get("/children/{id}/timeline", child).then()
                .statusCode(200).header("ETag", not(equalTo(tag))).body("$", hasSize(2)).extract().header("ETag");
        // A client may send the tags of several copies; one of them current is enough. Tags that are not tags at all
        // match nothing: the whole timeline, never an error.
        given().header("If-None-Match", tag + ", " + newTag).when().get("/children/{id}/timeline", child).then()
                .statusCode(304);
        for (String odd : List.of("abc", "W/", "\"", "W/\"unclosed", "\"a\", W/\"b\",", ",,,", "\"a\" \"b\"")) {
            given().header("If-None-Match", odd).when().get("/children/{id}/timeline", child).then()
                    .log().ifValidationFails().statusCode(200).body("$", hasSize(2));
        }
    }

    @Test
    @TestSecurity(user = "lise", roles = "fagperson")
    void refusesAChildTheProfessionalWasNotGrantedAsIfItDidNotExistAndLogsTheRefusal() throws Throwable {
        UUID child = UUID.randomUUID();
        grantHanne(child);
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(), TYPE, child,
                Instant.now(), concernRaised(child));

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

    /**
     * Sends a bad event of a child, then a good one of the same child (same key, same partition): the bad one is
     * dead-lettered, and the good one reaches the timeline.
     *
     * @return the dead letter's reason
     */
    private String deadLetteredBeforeTheNextOfItsChild(String type, java.util.function.Function<UUID, String> body) {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        grantHanne(child);

        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, bad, type, child, Instant.now(), body.apply(child));
        kafka.sendCloudEvent(Topics.CONCERN_EVENTS, good, TYPE, child, Instant.now(), concernRaised(child));

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> bad.toString().equals(header(r, "ce_id")),
                PATIENCE);
        awaitTimelineSize(child, 1);
        given().when().get("/children/{id}/timeline", child).then().body("eventId", equalTo(List.of(good.toString())));
        return header(dead, "dead-letter-reason");
    }

    /** A yellow concern about the child, seen at school (the contracts' example), valid against its schema. */
    private String concernRaised(UUID child) {
        return exampleAbout(EventType.CONCERN_RAISED_V2, child);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String data) {
        try {
            return ExamplePayloads.JSON.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
