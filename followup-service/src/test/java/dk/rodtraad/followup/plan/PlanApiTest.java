package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.AuditEntries;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.ask;
import static dk.rodtraad.followup.PlanFixtures.as;
import static dk.rodtraad.followup.PlanFixtures.childOnTheTeamOf;
import static dk.rodtraad.followup.PlanFixtures.eventsAbout;
import static dk.rodtraad.followup.PlanFixtures.form;
import static dk.rodtraad.followup.PlanFixtures.goal;
import static dk.rodtraad.followup.PlanFixtures.onKafka;
import static dk.rodtraad.followup.PlanFixtures.plan;
import static dk.rodtraad.followup.PlanFixtures.planOf;
import static dk.rodtraad.followup.PlanFixtures.rating;
import static dk.rodtraad.followup.PlanFixtures.session;
import static dk.rodtraad.followup.PlanFixtures.stored;
import static dk.rodtraad.followup.PlanFixtures.typesAbout;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.KASPER;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A plan's own life over the API, with Keycloak's tokens, the replicas of the case team and the catalogue from Kafka,
 * and the events on Kafka: started by one on the case team with goals, a goal added and evaluated, ended with a
 * reason; everyone else gets the 404 of a child that does not exist, and bad input stores nothing.
 */
@QuarkusTest
class PlanApiTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
    private static final String TEN_YEARS_OLD = YearMonth.from(TODAY).minusYears(10).toString();

    @Inject
    PublishedInterventions interventions;

    @Test
    void aPlanSentAgainWithItsKeyIsStartedOnce() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        var body = plan(child, TEN_YEARS_OLD, TODAY);
        String key = UUID.randomUUID().toString();
        String first = as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/api/plans")
                .then().statusCode(201).extract().path("id");
        as(HANNE).header(IdempotencyKey.HEADER, key).body(body).when().post("/api/plans")
                .then().statusCode(201).body("id", equalTo(first));
        assertEquals(1, typesAbout(child).stream().filter(EventType.PLAN_STARTED_V1.type()::equals).count(),
                "one plan started");
    }

    @Test
    void aGoalSentAgainWithItsKeyIsSetOnce() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(40));
        var goal = goal("familien", TODAY.plusMonths(2));
        String key = UUID.randomUUID().toString();

        as(PETER).header(IdempotencyKey.HEADER, key).body(goal).when().post("/api/plans/{id}/goals", plan)
                .then().statusCode(201).body("goals.owner", equalTo(List.of("fagperson", "barnet", "familien")));
        as(PETER).header(IdempotencyKey.HEADER, key).body(goal).when().post("/api/plans/{id}/goals", plan)
                .then().statusCode(201).body("goals.owner", equalTo(List.of("fagperson", "barnet", "familien")));

        // The same goal for another plan under the key is another request: refused, no goal set there.
        String other = planOf(HANNE, childOnTheTeamOf(HANNE, PETER), TEN_YEARS_OLD, TODAY.minusDays(40));
        as(PETER).header(IdempotencyKey.HEADER, key).body(goal).when().post("/api/plans/{id}/goals", other)
                .then().statusCode(400).body("errors[0].field", equalTo(IdempotencyKey.HEADER));
        as(PETER).when().get("/api/plans/{id}", other).then().statusCode(200)
                .body("plan.goals.owner", equalTo(List.of("fagperson", "barnet")));
    }

    @Test
    void aProfessionalOnTheCaseTeamStartsAPlanWithACatalogueInterventionAndGoals() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        UUID intervention = offered("Cool Kids – angstgruppe");
        var body = plan(child, TEN_YEARS_OLD, TODAY.minusDays(3));
        body.remove("localEffort");
        body.put("interventionId", intervention.toString());
        body.put("responsible", PETER);

        as(HANNE).body(body).when().post("/api/plans").then().statusCode(201)
                .body("childId", equalTo(child.toString()))
                .body("intervention.id", equalTo(intervention.toString()))
                .body("intervention.name", equalTo("Cool Kids – angstgruppe"))
                .body("intervention.offered", equalTo(true))
                .body("localEffort", nullValue())
                .body("responsible.username", equalTo(PETER))
                .body("responsible.discipline", equalTo("paedagog"))
                .body("birthMonth", equalTo(TEN_YEARS_OLD))
                .body("status", equalTo("aktiv"))
                .body("startedBy", equalTo(HANNE))
                .body("goals.owner", equalTo(List.of("fagperson", "barnet")))
                .body("goals[0].indicator", equalTo("Fraværet er under 5 % i en hel måned."));

        var events = eventsAbout(child);
        assertEquals(List.of("dk.rodtraad.followup.plan-started.v1", "dk.rodtraad.followup.goal-set.v1",
                "dk.rodtraad.followup.goal-set.v1"), events.stream().map(e -> e.eventType).toList());
        var started = JsonPath.from(events.getFirst().payload);
        assertEquals("paedagog", started.getString("responsibleDiscipline"));
        assertEquals(intervention.toString(), started.getString("interventionId"));
        assertEquals(2, started.getInt("goals"));
        events.forEach(event -> {
            assertFalse(event.payload.contains("skole"), "the goals' words stay in the service");
            assertFalse(event.payload.contains(PETER), "disciplines, never usernames");
            assertFalse(event.payload.contains(TEN_YEARS_OLD), "the birth month stays in the service");
        });
        onKafka("dk.rodtraad.followup.plan-started.v1", child);
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "plan", "Indsatsplan startet"));
    }

    @Test
    void someoneNotOnTheCaseTeamGetsTheAnswerOfAChildThatDoesNotExistAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String unknown = as(LISE).body(plan(UUID.randomUUID(), TEN_YEARS_OLD, TODAY)).when().post("/api/plans")
                .then().statusCode(404).extract().asString();
        long before = stored();
        String refused = as(LISE).body(plan(child, TEN_YEARS_OLD, TODAY)).when().post("/api/plans")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Barnet findes ikke")).extract().asString();
        assertEquals(unknown, refused, "a child one may not see reads like one that does not exist");
        assertEquals(before + 1, stored(), "only the refusal's audit event, nothing of a plan");
        assertEquals(1, AuditEntries.count(child, LISE, "REFUSED", "plan", "Adgang nægtet (404)"));

        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY);
        as(LISE).when().get("/api/plans/{id}", plan).then().statusCode(404).body("detail", equalTo("Barnet findes ikke"));
        as(LISE).body(goal("familien", TODAY.plusMonths(1))).when().post("/api/plans/{id}/goals", plan)
                .then().statusCode(404);
        as(LISE).body(session(TODAY, rating("forælder", form("ors", 5, 5, 5, 5), null))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(404);
        as(LISE).when().get("/api/plans/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("detail", equalTo("Barnet findes ikke"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        long before = stored();
        rejected(Map.of()).body("errors.field", hasItems("childId", "startsOn", "birthMonth", "reviewDates", "goals"));

        var body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("interventionId", UUID.randomUUID().toString());
        rejected(body).body("errors.field", equalTo(List.of("localEffort")));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.remove("localEffort");
        body.put("interventionId", UUID.randomUUID().toString());
        rejected(body).body("errors.field", equalTo(List.of("interventionId")))
                .body("errors[0].message", equalTo("Indsatsen findes ikke i kataloget, eller den tilbydes ikke længere"));

        body = plan(child, YearMonth.from(TODAY).plusMonths(1).toString(), TODAY);
        rejected(body).body("errors.field", equalTo(List.of("birthMonth")))
                .body("errors[0].message", equalTo("Fødselsmåneden kan ikke ligge efter indsatsens start"));

        body = plan(child, YearMonth.from(TODAY).minusYears(18).toString(), TODAY);
        rejected(body).body("errors.field", equalTo(List.of("birthMonth")))
                .body("errors[0].message", equalTo("Barnet er fyldt 18 år, når indsatsen begynder"));

        body = plan(child, "2016-13", TODAY);
        rejected(body).body("errors.field", equalTo(List.of("birthMonth")));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("reviewDates", List.of(TODAY.toString(), TODAY.plusDays(30).toString(), TODAY.plusDays(30).toString()));
        rejected(body).body("errors.field", equalTo(List.of("reviewDates[0]", "reviewDates[2]")));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("responsible", KASPER);
        rejected(body).body("errors.field", equalTo(List.of("responsible")))
                .body("errors[0].message", equalTo("Fagpersonen skal være i barnets sagsteam"));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("goals", List.of(goal("naboen", TODAY.plusMonths(1))));
        rejected(body).body("errors.field", equalTo(List.of("goals[0].owner")));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("goals", List.of(goal("familien", TODAY.minusDays(1))));
        rejected(body).body("errors.field", equalTo(List.of("goals[0].dueOn")));

        body = plan(child, TEN_YEARS_OLD, TODAY);
        body.put("localEffort", "Samtaler\u0000");
        rejected(body).body("errors.field", equalTo(List.of("localEffort")));
        assertEquals(before, stored());
    }

    @Test
    void goalsAreSetAndEvaluatedAndThePlanEndsWithAReasonAfterWhichItTakesNoSession() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(40));

        String goalId = as(PETER).body(goal("familien", TODAY.plusMonths(2))).when().post("/api/plans/{id}/goals", plan)
                .then().statusCode(201)
                .body("goals.owner", equalTo(List.of("fagperson", "barnet", "familien")))
                .extract().path("goals[2].id");
        long before = stored();
        as(HANNE).body(Map.of("occasion", "opfoelgning", "evaluatedOn", TODAY.minusDays(41).toString(),
                        "attainment", "delvist")).when()
                .post("/api/plans/{id}/goals/{goalId}/evaluations", plan, goalId).then().statusCode(400)
                .body("errors.field", equalTo(List.of("evaluatedOn")));
        as(HANNE).body(Map.of("occasion", "opfoelgning", "evaluatedOn", TODAY.toString(), "attainment", "lidt")).when()
                .post("/api/plans/{id}/goals/{goalId}/evaluations", plan, goalId).then().statusCode(400)
                .body("errors.field", equalTo(List.of("attainment")));
        as(HANNE).body(Map.of("occasion", "opfoelgning", "evaluatedOn", TODAY.toString(), "attainment", "delvist")).when()
                .post("/api/plans/{id}/goals/{goalId}/evaluations", plan, UUID.randomUUID()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("goalId")));
        assertEquals(before, stored());

        as(HANNE).body(Map.of("occasion", "opfoelgning", "evaluatedOn", TODAY.toString(), "attainment", "delvist",
                        "familyView", "Mor synes, det går bedre om morgenen.")).when()
                .post("/api/plans/{id}/goals/{goalId}/evaluations", plan, goalId).then().statusCode(201)
                .body("goals[2].evaluations[0].attainment", equalTo("delvist"))
                .body("goals[2].evaluations[0].familyView", equalTo("Mor synes, det går bedre om morgenen."));

        as(HANNE).body(session(TODAY.minusDays(7), rating("barn", form("cors", 6, 5.5, 7, 6.1), null))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        as(HANNE).body(Map.of("reason", "gennemfoert", "endedOn", TODAY.minusDays(8).toString(), "version", 0)).when()
                .post("/api/plans/{id}/ending", plan).then().statusCode(400)
                .body("errors.field", equalTo(List.of("endedOn")));
        as(HANNE).body(Map.of("reason", "gennemfoert", "endedOn", TODAY.toString(), "version", 7)).when()
                .post("/api/plans/{id}/ending", plan).then().statusCode(409);
        as(HANNE).body(Map.of("reason", "gennemfoert", "endedOn", TODAY.toString(), "version", 0)).when()
                .post("/api/plans/{id}/ending", plan).then().statusCode(200)
                .body("status", equalTo("afsluttet"))
                .body("endReason", equalTo("gennemfoert"))
                .body("endedOn", equalTo(TODAY.toString()));

        as(HANNE).body(session(TODAY, rating("barn", form("cors", 6, 5.5, 7, 6.1), null))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(409)
                .body("detail", equalTo("Indsatsplanen er afsluttet"));
        as(HANNE).body(Map.of("occasion", "afslutning", "evaluatedOn", TODAY.toString(), "attainment", "naaet")).when()
                .post("/api/plans/{id}/goals/{goalId}/evaluations", plan, goalId).then().statusCode(201)
                .body("goals[2].evaluations.occasion", equalTo(List.of("opfoelgning", "afslutning")));

        assertEquals(List.of("dk.rodtraad.followup.plan-started.v1", "dk.rodtraad.followup.goal-set.v1",
                "dk.rodtraad.followup.goal-set.v1", "dk.rodtraad.followup.goal-set.v1",
                "dk.rodtraad.followup.goal-evaluated.v1", "dk.rodtraad.followup.session-scored.v1",
                "dk.rodtraad.followup.plan-ended.v1", "dk.rodtraad.followup.goal-evaluated.v1"), typesAbout(child));
        var ended = JsonPath.from(eventsAbout(child).get(6).payload);
        assertEquals("gennemfoert", ended.getString("reason"));
        assertEquals(1, ended.getInt("sessions"));
        assertFalse(eventsAbout(child).get(4).payload.contains("morgenen"), "the family's view stays in the service");
        assertEquals(1, AuditEntries.count(child, HANNE, "WRITE", "plan", "Indsatsplan afsluttet"));
        assertEquals(2, AuditEntries.count(child, HANNE, "WRITE", "plan", "Mål i indsatsplanen evalueret"));
    }

    private static ValidatableResponse rejected(Map<String, Object> body) {
        return as(HANNE).body(body).when().post("/api/plans").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** An intervention catalogue-service publishes on Kafka, once this service's copy offers it. */
    private UUID offered(String name) {
        UUID id = UUID.randomUUID();
        var published = new InterventionV1(id, "test-" + id, 1, "offentliggjort", name,
                "Et forløb for børn, der er meget ængstelige.", 7, 12, List.of("angst"), "netvaerksgruppe", "sekundaer",
                3, "PPR", "specialpaedagogik", "Folkeskoleloven § 12", "Cool Kids", "evidensbaseret", "henvisning", 6,
                Instant.parse("2026-11-24T09:15:00Z"));
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(),
                EventType.INTERVENTION_PUBLISHED_V1.type(), id, published.changedAt(),
                EventSchemas.validJson(EventType.INTERVENTION_PUBLISHED_V1, published));
        await().atMost(Duration.ofSeconds(30)).until(() -> ask(() -> interventions.isOffered(id)));
        return id;
    }
}
