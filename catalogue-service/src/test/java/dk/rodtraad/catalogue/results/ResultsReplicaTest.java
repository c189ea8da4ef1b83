package dk.rodtraad.catalogue.results;

import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import dk.rodtraad.contracts.followup.InterventionResultsV1.Figure;
import dk.rodtraad.contracts.followup.InterventionResultsV1.Group;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * followup-service's results of an intervention arrive over the real Kafka (as the followup-service principal's
 * topic holds them), are kept once per intervention, the latest computed winning, and show on the intervention's
 * staff page beside its description — never on the family's page.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class ResultsReplicaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant MONDAY = Instant.parse("2027-01-11T02:00:00Z");

    @Test
    void theLatestResultsShowOnTheStaffPageAndNotOnTheFamilysPage() throws Throwable {
        UUID id = UUID.fromString(Fixtures.publish(Fixtures.intervention(Fixtures.unique("cool-kids"), "Cool Kids"))
                .getString("id"));

        send(results(id, MONDAY, "8", "60.0"));
        await().atMost(PATIENCE).until(() -> computedAt(id) != null);

        given().get("/katalog/indsatser/" + id).then().statusCode(200)
                .body(allOf(containsString("<h2 id=\"resultater-titel\">Kommunens egne resultater</h2>"),
                        containsString("<th scope=\"row\">I alt</th><td>8</td><td>80\u00a0% af 5</td>"
                                + "<td>60\u00a0% af 5</td>"),
                        containsString("<th scope=\"row\">6–12 år</th><td>for få</td>"),
                        containsString("<td>4,3 af 5</td>")));
        given().get("/familie/indsatser/" + id).then().statusCode(200)
                .body(not(containsString("Kommunens egne resultater")));

        // An older result arriving late is applied (recorded by the inbox) but changes nothing; a newer one replaces it.
        UUID older = send(results(id, MONDAY.minus(Duration.ofDays(1)), "7", "10.0"));
        await().atMost(PATIENCE).until(() -> applied(older) == 1);
        assertEquals(MONDAY, computedAt(id));
        send(results(id, MONDAY.plus(Duration.ofHours(1)), "9", "70.0"));
        await().atMost(PATIENCE).until(() -> MONDAY.plus(Duration.ofHours(1)).equals(computedAt(id)));
        given().get("/katalog/indsatser/" + id).then().statusCode(200)
                .body(allOf(containsString("<th scope=\"row\">I alt</th><td>9</td>"),
                        containsString("<td>70\u00a0% af 5</td>")));
        assertEquals(1, kept(id), "one row per intervention");
    }

    private static InterventionResultsV1 results(UUID id, Instant computedAt, String started, String improvement) {
        List<Figure> shown = List.of(
                new Figure("planer-startet", "vist", Integer.valueOf(started), new BigDecimal(started)),
                new Figure("gennemfoert", "vist", 5, new BigDecimal("80.0")),
                new Figure("paalidelig-bedring", "vist", 5, new BigDecimal(improvement)),
                new Figure("over-klinisk-graense", "vist", 5, new BigDecimal("20.0")),
                new Figure("gennemsnitlig-forandring", "vist", 5, new BigDecimal("4.3")),
                new Figure("maal-naaet", "for-faa", null, null),
                new Figure("maal-delvist", "for-faa", null, null),
                new Figure("alliance", "skjult", null, null));
        List<Figure> tooFew = shown.stream().map(f -> new Figure(f.measure(), "for-faa", null, null)).toList();
        return new InterventionResultsV1(id, computedAt, 5, new Group("i-alt", shown), List.of(),
                List.of(new Group("6-12", tooFew), new Group("13-17", tooFew)));
    }

    private static UUID send(InterventionResultsV1 results) {
        UUID eventId = UUID.randomUUID();
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.FOLLOWUP_RESULTS, eventId,
                EventType.INTERVENTION_RESULTS_V1.type(), results.interventionId(), results.computedAt(),
                EventSchemas.validJson(EventType.INTERVENTION_RESULTS_V1, results));
        return eventId;
    }

    private static Instant computedAt(UUID id) throws Exception {
        InterventionResults kept = inSession(() -> InterventionResults.<InterventionResults>findById(id));
        return kept == null ? null : kept.computedAt;
    }

    private static long kept(UUID id) throws Exception {
        return inSession(() -> InterventionResults.count("interventionId", id));
    }

    private static long applied(UUID eventId) throws Exception {
        return inSession(() -> Panache.getSession().chain(session -> session.createNativeQuery("select count(*) from "
                + "processed_event where event_id = :id and consumer = 'intervention-results'", Long.class)
                .setParameter("id", eventId).getSingleResult()));
    }

    /** A look at the tables, as a condition Awaitility can poll. */
    private static <T> T inSession(Supplier<Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
