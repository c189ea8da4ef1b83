package dk.rodtraad.networkmeeting;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.CaseTeams;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the network-meeting API tests share: requests as the demo realm's professionals with tokens Keycloak issued
 * (their discipline, unit and district in them), a child whose case team concern-service granted on the real Kafka,
 * and what the service stored and sent.
 */
public final class CourseFixtures {

    public static final String CLIENT = "network-meeting-service";
    /** The demo professionals' disciplines, as concern-service grants them. */
    public static final Map<String, String> DISCIPLINES = CaseTeams.DISCIPLINES;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private CourseFixtures() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    public static String token(String user) {
        return ServiceTokens.reused(CLIENT, user);
    }

    /** A new child whose case team concern-service made of these professionals, once this service's replica has it. */
    public static UUID childOnTheTeamOf(String... professionals) {
        return CaseTeams.childOnTheTeamOf(professionals);
    }

    /** A first contact from a parent, {@code hoursAgo} hours ago, about the child. */
    public static Map<String, Object> firstContact(UUID child, long hoursAgo, List<String> coreTeam) {
        var body = new HashMap<String, Object>();
        body.put("childId", child.toString());
        body.put("firstContactAt", Instant.now().minus(hoursAgo, ChronoUnit.HOURS).toString());
        body.put("contactFrom", "foraelder");
        body.put("contactAbout", "Mor ringede: Emil vil ikke i børnehave og græder om morgenen.");
        body.put("coreTeam", coreTeam);
        return body;
    }

    /** A course of the child started by the user, with this core team besides them; its id. */
    public static String courseOf(String user, UUID child, long hoursAgo, String... coreTeam) {
        return as(user).body(firstContact(child, hoursAgo, List.of(coreTeam))).when().post("/api/courses")
                .then().statusCode(201).extract().path("id");
    }

    /** The network-meeting events about the child in the outbox, oldest first, each valid against its schema. */
    public static List<OutboxEvent> eventsAbout(UUID child) throws Throwable {
        List<OutboxEvent> events = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent
                .list("subjectId = ?1 and topic = ?2 order by id", child, Topics.NETWORK_MEETING_EVENTS)));
        events.forEach(event -> assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload),
                event.eventType));
        return events;
    }

    /** The event types about the child in the outbox, oldest first. */
    public static List<String> typesAbout(UUID child) throws Throwable {
        return eventsAbout(child).stream().map(event -> event.eventType).toList();
    }

    /** The event of this type about the child, as it arrived on Kafka: the relay sent it. */
    public static ConsumerRecord<String, String> onKafka(String type, UUID child) {
        return new KafkaTestClient(RealInfrastructure.kafkaAdmin()).await(Topics.NETWORK_MEETING_EVENTS,
                record -> child.toString().equals(record.key())
                        && type.equals(KafkaTestClient.header(record, "ce_type")), PATIENCE);
    }

    /**
     * Every row of the service's own tables and its outbox, and every change of a course or meeting: what a refused
     * request must leave as it was.
     */
    public static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select (select count(*) from course)"
                        + " + (select count(*) from core_team_member) + (select count(*) from network_participant)"
                        + " + (select count(*) from meeting) + (select count(*) from meeting_move)"
                        + " + (select count(*) from meeting_participant) + (select count(*) from perspective)"
                        + " + (select count(*) from child_voice) + (select count(*) from open_question)"
                        + " + (select count(*) from agreement) + (select count(*) from follow_up)"
                        + " + (select count(*) from outbox_event)"
                        // A change in place (a course or meeting changed) raises its version.
                        + " + (select coalesce(sum(version), 0) from course)"
                        + " + (select coalesce(sum(version), 0) from meeting)", Long.class).getSingleResult())));
    }
}
