package dk.rodtraad.followup.session;

import dk.rodtraad.testkit.quarkus.AuditEntries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.followup.PlanFixtures.as;
import static dk.rodtraad.followup.PlanFixtures.childOnTheTeamOf;
import static dk.rodtraad.followup.PlanFixtures.eventsAbout;
import static dk.rodtraad.followup.PlanFixtures.form;
import static dk.rodtraad.followup.PlanFixtures.onKafka;
import static dk.rodtraad.followup.PlanFixtures.planOf;
import static dk.rodtraad.followup.PlanFixtures.rating;
import static dk.rodtraad.followup.PlanFixtures.session;
import static dk.rodtraad.followup.PlanFixtures.stored;
import static dk.rodtraad.followup.PlanFixtures.tovholder;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * FIT at every session over the API, against the real PostgreSQL, Kafka and Keycloak: the forms checked against rater
 * and age, the colour and trend of the plan after each session, orange and red raising alerts for the responsible
 * professional and the tovholder, the link to notify after repeated red at a review; bad input stores nothing.
 */
@QuarkusTest
class SessionApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String TEN_YEARS_OLD = YearMonth.from(TODAY).minusYears(10).minusMonths(1).toString();

    @Test
    void aSessionIsScoredPerRaterWithTheFormsForTheirAgeAndTheEventSaysColourAndTrendNeverScores() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(30));

        as(HANNE).body(session(TODAY.minusDays(21), rating("barn", form("cors", 4.5, 5, 6.2, 5), form("csrs", 9, 9.5, 9, 9.8)),
                        rating("forælder", form("ors", 3, 4, 5, 4.4), form("srs", 9.5, 9.5, 9.5, 9.5)))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(201)
                .body("session.number", equalTo(1))
                .body("session.colour", equalTo("grå"))
                .body("session.trend", equalTo("for-tidligt"))
                .body("session.ratings.rater", equalTo(List.of("barn", "forælder")))
                .body("session.ratings[0].outcome.form", equalTo("cors"))
                .body("session.ratings[0].outcome.total", equalTo(20.7f))
                .body("alert", nullValue());
        as(HANNE).body(session(TODAY.minusDays(14), rating("barn", form("cors", 7, 7, 8, 7), form("csrs", 9.5, 9.5, 9.5, 9.8)))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(201)
                .body("session.number", equalTo(2))
                .body("session.colour", equalTo("grøn"))
                .body("session.trend", equalTo("fremgang"))
                .body("session.expectationRule", equalTo("standard"))
                .body("fit.raters.rater", equalTo(List.of("barn", "forælder")));

        var scored = eventsAbout(child).stream().filter(e -> e.eventType.equals("dk.rodtraad.followup.session-scored.v1"))
                .toList();
        var second = JsonPath.from(scored.getLast().payload);
        assertEquals(2, second.getInt("number"));
        assertEquals("grøn", second.getString("colour"));
        assertEquals("fremgang", second.getString("trend"));
        assertEquals(List.of("barn"), second.getList("raters"));
        assertFalse(scored.getFirst().payload.contains("20.7"), "no score leaves the service");
        assertFalse(scored.getFirst().payload.contains("cors"), "nor the forms");
        onKafka("dk.rodtraad.followup.session-scored.v1", child);
        assertEquals(2, AuditEntries.count(child, HANNE, "WRITE", "session", "FIT-scores registreret"));
    }

    @Test
    void anItemOffTheLineAFormNotForTheRatersAgeOrASessionBeforeThePlanIsAProblemAndStoresNothing() throws Throwable {
        UUID child = childOnTheTeamOf(HANNE);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(30));
        as(HANNE).body(session(TODAY.minusDays(20), rating("barn", form("cors", 5, 5, 5, 5), null))).when()
                .post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        long before = stored();

        rejected(plan, session(TODAY, rating("barn", form("cors", 10.5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.items[0]")))
                .body("errors[0].message", equalTo("Punktet skal ligge mellem 0 og 10"));
        rejected(plan, session(TODAY, rating("barn", form("cors", 5, 5, -1, 5), form("csrs", 9, 9, 9, 9.25))))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.items[2]", "ratings[0].alliance.items[3]")))
                .body("errors[1].message", equalTo("Angiv punktet med højst én decimal"));
        rejected(plan, session(TODAY, rating("barn", form("ors", 5, 5, 5, 5), form("srs", 9, 9, 9, 9))))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.form", "ratings[0].alliance.form")))
                .body("errors[0].message", equalTo("Et barn på 10 år udfylder CORS"));
        rejected(plan, session(TODAY, rating("forælder", form("cors", 5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.form")))
                .body("errors[0].message", equalTo("En voksen udfylder ORS"));
        rejected(plan, session(TODAY, rating("barn", form("cors", 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.items")));
        rejected(plan, session(TODAY, rating("barn", form("cors", 5, 5, 5, 5), null),
                rating("barn", form("cors", 5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("ratings[1].rater")));
        rejected(plan, session(TODAY.minusDays(31), rating("barn", form("cors", 5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("heldOn")));
        rejected(plan, session(TODAY.minusDays(20), rating("barn", form("cors", 5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("heldOn")));
        rejected(plan, session(TODAY.plusDays(1), rating("barn", form("cors", 5, 5, 5, 5), null)))
                .body("errors.field", equalTo(List.of("heldOn")));
        rejected(plan, Map.of("heldOn", TODAY.toString(), "ratings", List.of(Map.of("rater", "nabo",
                "outcome", form("ors", 5, 5, 5, 5)))))
                .body("errors.field", equalTo(List.of("ratings[0].rater")));
        rejected(plan, Map.of("heldOn", TODAY.toString(), "ratings", List.of(Map.of("rater", "barn",
                "outcome", Map.of("form", "cors", "items", List.of("fem", 5, 5, 5))))))
                .body("errors.field", equalTo(List.of("ratings[0].outcome.items[0]")));
        assertEquals(before, stored());
    }

    @Test
    void noProgressTurnsOrangeThenAWeakAllianceRedAlertingTheResponsibleAndTheTovholderUntilRepeatedRedOffersToNotify()
            throws Throwable {
        UUID child = childOnTheTeamOf(HANNE, PETER, LISE);
        tovholder(child, LISE);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(90));
        // The intake 20, then no reliable change: green before the fourth session, orange from it (default rule).
        List<String> colours = new java.util.ArrayList<>();
        for (int week = 0; week < 4; week++) {
            colours.add(as(HANNE).body(session(TODAY.minusDays(80 - 7L * week),
                            rating("barn", form("cors", 5, 5, 5, 5 + week * 0.5), form("csrs", 9.5, 9.5, 9.5, 9.5))))
                    .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201)
                    .extract().path("session.colour"));
        }
        assertEquals(List.of("grå", "grøn", "grøn", "orange"), colours);
        // A weak alliance (36 or lower) makes the session red, twice: repeated red.
        for (int week = 4; week < 6; week++) {
            as(HANNE).body(session(TODAY.minusDays(80 - 7L * week),
                            rating("barn", form("cors", 5, 5, 5, 5), form("csrs", 9, 9, 9, 9 - week * 0.5))))
                    .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201)
                    .body("session.colour", equalTo("rød"))
                    .body("session.trend", equalTo("ingen-fremgang"))
                    .body("alert.colour", equalTo("rød"))
                    .body("alert.advice", equalTo(List.of("tal-om-samarbejdet", "juster-indsatsen",
                            "inddrag-en-kollega", "netværksmøde")))
                    .body("alert.sentTo", equalTo(List.of(HANNE, LISE)));
        }

        var record = as(HANNE).when().get("/api/plans/{id}", plan).then().statusCode(200)
                .body("sessions.number", equalTo(List.of(1, 2, 3, 4, 5, 6)))
                .body("fit.colour", equalTo("rød"))
                .body("fit.trend", equalTo("ingen-fremgang"))
                .body("alerts.colour", equalTo(List.of("rød", "rød", "orange")))
                .body("notifyAuthority", equalTo("http://localhost:8081/boern/" + child))
                .extract().jsonPath();
        String newest = record.getString("alerts[0].id");

        as(LISE).when().get("/api/plans").then().statusCode(200)
                .body("find { it.planId == '" + plan + "' }.why", equalTo(List.of("tovholder")))
                .body("find { it.planId == '" + plan + "' }.startsOn", equalTo(TODAY.minusDays(90).toString()))
                .body("find { it.planId == '" + plan + "' }.openAlerts.size()", equalTo(3));
        long before = stored();
        as(PETER).when().post("/api/plans/{id}/alerts/{alertId}/acknowledgement", plan, newest).then().statusCode(409)
                .body("detail", equalTo("Kun den ansvarlige fagperson og tovholderen kan kvittere for advarslen"));
        assertEquals(before, stored());
        as(LISE).when().post("/api/plans/{id}/alerts/{alertId}/acknowledgement", plan, newest).then().statusCode(200)
                .body("acknowledgedBy", equalTo(LISE));
        as(HANNE).when().post("/api/plans/{id}/alerts/{alertId}/acknowledgement", plan, newest).then().statusCode(409);
        as(HANNE).when().get("/api/plans").then().statusCode(200)
                .body("find { it.planId == '" + plan + "' }.openAlerts.size()", equalTo(2));

        var types = eventsAbout(child).stream().map(e -> e.eventType).toList();
        assertEquals(3, types.stream().filter("dk.rodtraad.followup.alert-raised.v1"::equals).count());
        assertEquals("dk.rodtraad.followup.alert-raised.v1", types.getLast());
        assertEquals(1, AuditEntries.count(child, LISE, "WRITE", "alert", "FIT-advarsel kvitteret"));
    }

    @Test
    void repeatedRedBeforeTheFirstReviewOffersNoLinkYet() {
        UUID child = childOnTheTeamOf(HANNE);
        String plan = planOf(HANNE, child, TEN_YEARS_OLD, TODAY.minusDays(20));
        for (int week = 0; week < 3; week++) {
            as(HANNE).body(session(TODAY.minusDays(20 - 7L * week),
                            rating("barn", form("cors", 5, 5, 5, 5), form("csrs", 8, 8, 8, 8))))
                    .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        }
        String link = as(HANNE).when().get("/api/plans/{id}", plan).then().statusCode(200)
                .body("fit.colour", equalTo("rød")).extract().path("notifyAuthority");
        assertNull(link, "the first review date is ten days ahead");
    }

    private static ValidatableResponse rejected(String plan, Map<String, Object> body) {
        return as(HANNE).body(body).when().post("/api/plans/{id}/sessions", plan).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
