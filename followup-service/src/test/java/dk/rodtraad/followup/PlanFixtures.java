package dk.rodtraad.followup;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the followup API tests share: requests as the demo realm's professionals with tokens Keycloak issued, a child
 * whose case team (and tovholder) concern-service granted on the real Kafka, plans and sessions as JSON, and what the
 * service stored and sent.
 */
public final class PlanFixtures {

    public static final String CLIENT = "followup-service";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PlanFixtures() {
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

    /** concern-service names the professional (on the case team) the child's tovholder; awaited in the replica. */
    public static void tovholder(UUID child, String professional) {
        CaseTeams.tovholder(child, professional);
    }

    /** A goal of the owner's (`fagperson`, `familien`, `barnet`), due on the day. */
    public static Map<String, Object> goal(String owner, LocalDate dueOn) {
        return Map.of("owner", owner, "description", "Emil kommer i skole hver dag.",
                "indicator", "Fraværet er under 5 % i en hel måned.", "dueOn", dueOn.toString());
    }

    /** A plan with a local effort for a child born in the month, starting on the day, reviewed a month later. */
    public static Map<String, Object> plan(UUID child, String birthMonth, LocalDate startsOn) {
        var body = new HashMap<String, Object>();
        body.put("childId", child.toString());
        body.put("localEffort", "Samtaler med skolens AKT-lærer hver uge.");
        body.put("startsOn", startsOn.toString());
        body.put("birthMonth", birthMonth);
        body.put("reviewDates", List.of(startsOn.plusMonths(1).toString()));
        body.put("goals", new ArrayList<>(List.of(goal("fagperson", startsOn.plusMonths(3)),
                goal("barnet", startsOn.plusMonths(3)))));
        return body;
    }

    /** A plan started by the user; its id. */
    public static String planOf(String user, UUID child, String birthMonth, LocalDate startsOn) {
        return as(user).body(plan(child, birthMonth, startsOn)).when().post("/api/plans")
                .then().statusCode(201).extract().path("id");
    }

    /** A form's scores: its code and its four items. */
    public static Map<String, Object> form(String form, Object... items) {
        return Map.of("form", form, "items", List.of(items));
    }

    /** One rater's forms at a session; {@code alliance} may be null. */
    public static Map<String, Object> rating(String rater, Map<String, Object> outcome, Map<String, Object> alliance) {
        var rating = new HashMap<String, Object>();
        rating.put("rater", rater);
        rating.put("outcome", outcome);
        if (alliance != null) {
            rating.put("alliance", alliance);
        }
        return rating;
    }

    @SafeVarargs
    public static Map<String, Object> session(LocalDate heldOn, Map<String, Object>... ratings) {
        return Map.of("heldOn", heldOn.toString(), "ratings", List.of(ratings));
    }

    /** The followup events about the child in the outbox, oldest first, each valid against its schema. */
    public static List<OutboxEvent> eventsAbout(UUID child) throws Throwable {
        List<OutboxEvent> events = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent
                .list("subjectId = ?1 and topic = ?2 order by id", child, Topics.FOLLOWUP_EVENTS)));
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
        return new KafkaTestClient(RealInfrastructure.kafkaAdmin()).await(Topics.FOLLOWUP_EVENTS,
                record -> child.toString().equals(record.key())
                        && type.equals(KafkaTestClient.header(record, "ce_type")), PATIENCE);
    }

    /**
     * Every row of the service's own tables and its outbox, and every change of a plan: what a refused request must
     * leave as it was.
     */
    public static long stored() {
        return count(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "select (select count(*) from plan) + (select count(*) from plan_review) + (select count(*) from goal)"
                        + " + (select count(*) from goal_evaluation) + (select count(*) from session)"
                        + " + (select count(*) from score) + (select count(*) from alert)"
                        + " + (select count(*) from outbox_event)"
                        + " + (select coalesce(sum(version), 0) from plan)"
                        + " + (select count(*) from alert where acknowledged_at is not null)", Long.class)
                .getSingleResult()));
    }

    private static long count(Supplier<io.smallrye.mutiny.Uni<Long>> query) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(query));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
