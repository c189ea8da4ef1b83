package dk.rodtraad.followup.web;

import dk.rodtraad.followup.PlanFixtures;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.followup.PlanFixtures.as;
import static dk.rodtraad.followup.PlanFixtures.childOnTheTeamOf;
import static dk.rodtraad.followup.PlanFixtures.planOf;
import static dk.rodtraad.followup.PlanFixtures.rating;
import static dk.rodtraad.followup.PlanFixtures.session;
import static dk.rodtraad.followup.PlanFixtures.stored;
import static dk.rodtraad.followup.PlanFixtures.token;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan pages as a browser uses them, against the real PostgreSQL, Kafka and Keycloak: a plan started from the
 * child, a session's scores entered, Mine planer with the alerts first, the plan page with its table, goals and
 * alerts, a goal evaluated, its summary as a PDF, an alert acknowledged, the plan ended. Every refused form answers in Danish by its fields
 * and stores nothing; someone not on the case team gets the same 404 page as for a plan that does not exist.
 */
@QuarkusTest
class PlanPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Test
    void aPlanStartedFromTheChildIsRefusedByItsFieldsUntilItIsRight() {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        String start = "/boern/" + child + "/planer/ny";
        as(HANNE).when().get(start).then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<h1>Start en indsatsplan</h1>"), containsString("value=\"peter\""),
                        containsString("type=\"month\"")));

        long before = stored();
        submit(HANNE, Map.of("birthMonth", "2016-13", "goalsDescription", "Emil kommer i skole")).post(start).then()
                .statusCode(400)
                .body(allOf(containsString("href=\"#f-startsOn\""), containsString("href=\"#f-birthMonth\""),
                        containsString("href=\"#f-reviewDates\""), containsString("href=\"#f-goalsOwner\""),
                        containsString("<span class=\"form-error-message\" id=\"f-birthMonth-error\">"),
                        containsString("Emil kommer i skole")));
        assertEquals(before, stored(), "a refused form stores nothing");

        var plan = new HashMap<String, Object>(Map.of("localEffort", "Samtaler med AKT-læreren hver uge",
                "responsible", HANNE, "startsOn", TODAY.minusDays(14).toString(), "birthMonth", "2017-03",
                "reviewDates", TODAY.plusMonths(1).toString(), "goalsOwner", "barnet",
                "goalsDescription", "Jeg vil have en ven i klassen", "goalsIndicator", "Emil leger med en i frikvarteret",
                "goalsDueOn", TODAY.plusMonths(3).toString()));
        String planId = submit(HANNE, plan).post(start).then().statusCode(303)
                .header("Location", containsString("?besked=startet")).extract().header("Location")
                .replaceAll(".*/planer/([^?]+)\\?.*", "$1");
        as(HANNE).when().get("/planer/{id}?besked=startet", planId).then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Planen er startet."),
                        containsString("Samtaler med AKT-læreren hver uge"), containsString("Jeg vil have en ven i klassen"),
                        containsString("Barnets eget mål"), containsString("Hanne Holm (sundhedsplejerske)")));

        String unknown = withoutToken(as(LISE).when().get("/planer/{id}", UUID.randomUUID()).then().statusCode(404)
                .extract().asString());
        for (String refused : List.of("/planer/" + planId, "/planer/" + planId + "/sessioner/ny", start)) {
            assertEquals(unknown, withoutToken(as(LISE).when().get(refused).then().statusCode(404).extract().asString()),
                    refused);
        }
    }

    @Test
    void aSessionsScoresAreEnteredOnTheFormsThatFitTheRaterAndAge() {
        UUID child = childOnTheTeamOf(HANNE);
        // Born in March 2017: 9 years old this year, so the child rates on CORS and CSRS, the parent on ORS and SRS.
        String plan = planOf(HANNE, child, "2017-03", TODAY.minusDays(14));
        String page = "/planer/" + plan + "/sessioner/ny";
        as(HANNE).when().get(page).then().statusCode(200)
                .body(allOf(containsString("Barnet/den unge: CORS og CSRS"), containsString("Forælder: ORS og SRS"),
                        containsString("<label class=\"form-label\" for=\"f-barn-resultat-1\">CORS, punkt 1</label>"),
                        containsString("min=\"0\" max=\"10\" step=\"0.1\""), containsString("value=\"" + TODAY + "\"")));

        long before = stored();
        submit(HANNE, Map.of("heldOn", TODAY.minusDays(7).toString(), "barn-resultat-1", "10,5",
                "barn-resultat-2", "7", "barn-resultat-3", "otte", "barn-resultat-4", "-1"))
                .post(page).then().statusCode(400)
                .body(allOf(containsString("id=\"f-barn-resultat-3-error\">Skriv et tal fra 0 til 10, fx 7,5</span>"),
                        containsString("href=\"#f-barn-resultat-3\""), containsString("value=\"10,5\"")));
        submit(HANNE, Map.of("heldOn", TODAY.minusDays(7).toString(), "barn-resultat-1", "10,5",
                "barn-resultat-2", "7", "barn-resultat-3", "8,25", "barn-resultat-4", "-1"))
                .post(page).then().statusCode(400)
                .body(allOf(containsString("id=\"f-barn-resultat-1-error\">Punktet skal ligge mellem 0 og 10</span>"),
                        containsString("id=\"f-barn-resultat-3-error\">Angiv punktet med højst én decimal</span>"),
                        containsString("id=\"f-barn-resultat-4-error\">Punktet skal ligge mellem 0 og 10</span>"),
                        not(containsString("id=\"f-barn-resultat-2-error\"")),
                        containsString("<a href=\"#f-barn-resultat-1\">Barnet/den unge, CORS, punkt 1: Punktet skal ligge mellem 0 og 10</a>")));
        submit(HANNE, Map.of("heldOn", TODAY.minusDays(30).toString(), "foraelder-resultat-1", "5",
                "foraelder-resultat-2", "5", "foraelder-resultat-3", "5", "foraelder-resultat-4", "5"))
                .post(page).then().statusCode(400)
                .body(allOf(containsString("href=\"#f-heldOn\""), containsString("Sessionen kan ikke ligge før indsatsens start")));
        assertEquals(before + 3, stored(), "nothing stored but the audits of the plan read to judge each form");

        submit(HANNE, fields("heldOn", TODAY.minusDays(7).toString(), "barn-resultat-1", "6,5",
                "barn-resultat-2", "7", "barn-resultat-3", "7.5", "barn-resultat-4", "6",
                "barn-alliance-1", "9", "barn-alliance-2", "9,5", "barn-alliance-3", "9", "barn-alliance-4", "10",
                "foraelder-resultat-1", "5", "foraelder-resultat-2", "5", "foraelder-resultat-3", "5",
                "foraelder-resultat-4", "5"))
                .post(page).then().statusCode(303).header("Location", endsWith("/planer/" + plan + "?besked=session"));
        as(HANNE).when().get("/planer/{id}?besked=session", plan).then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Sessionen er gemt."),
                        containsString("<th scope=\"row\" data-title=\"Session\">1</th><td data-title=\"Dato\">"
                                + dk.rodtraad.chassis.time.DanishDates.date(TODAY.minusDays(7))
                                + "</td><td data-title=\"Resultat (CORS)\">27,0</td>"
                                + "<td data-title=\"Alliance (CSRS)\">37,5</td>"),
                        containsString("<td data-title=\"Resultat (ORS)\">20,0</td>"
                                + "<td data-title=\"Alliance (SRS)\">–</td>"),
                        containsString("Klinisk grænse for CORS: 32")));
    }

    @Test
    void redScoresRaiseAnAlertThatMinePlanerShowsFirstAndRepeatedRedOffersToNotify() {
        UUID child = childOnTheTeamOf(HANNE, PETER);
        // Reviewed a week ago: repeated red is weighed once a review date has come.
        var started = PlanFixtures.plan(child, "2012-01", TODAY.minusDays(30));
        started.put("reviewDates", List.of(TODAY.minusDays(7).toString()));
        String plan = as(HANNE).body(started).when().post("/api/plans").then().statusCode(201).extract().path("id");
        as(HANNE).body(session(TODAY.minusDays(21), rating("forælder", PlanFixtures.form("ors", 6, 6, 6, 6), PlanFixtures.form("srs", 10, 10, 10, 10))))
                .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        as(HANNE).body(session(TODAY.minusDays(14), rating("forælder", PlanFixtures.form("ors", 4, 4, 4, 4), PlanFixtures.form("srs", 10, 10, 10, 10))))
                .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201);

        as(HANNE).when().get("/planer").then().statusCode(200)
                .body(allOf(containsString("<a href=\"/planer/" + plan + "#advarsler-titel\">"),
                        containsString(" Rød</span>"), containsString("Inddrag en kollega")));
        String page = as(HANNE).when().get("/planer/{id}", plan).then().statusCode(200)
                .body(allOf(containsString("Rød score ved session 2"), containsString("Overvej et netværksmøde"),
                        containsString("Kvittér for advarslen")))
                .extract().asString();
        String alert = page.replaceAll("(?s).*/advarsler/([0-9a-f-]{36})/kvittering.*", "$1");
        submit(HANNE, Map.of()).post("/planer/" + plan + "/advarsler/" + alert + "/kvittering").then().statusCode(303)
                .header("Location", endsWith("?besked=kvitteret"));
        as(HANNE).when().get("/planer/{id}", plan).then()
                .body(allOf(containsString("kvitteret af Hanne Holm "), not(containsString("/kvittering\"")),
                        not(containsString("Gentagne røde scorer"))));
        // Other tests' plans may have alerts for hanne too: this plan's is no longer among them.
        // A plan is known by its intervention and its start: this service knows no child's name.
        as(HANNE).when().get("/planer").then().body(allOf(containsString("<a href=\"/planer/" + plan + "\">"),
                containsString(">Hanne Holm (sundhedsplejerske)</td>"),
                containsString("Fra " + dk.rodtraad.chassis.time.DanishDates.date(TODAY.minusDays(30))
                        + " · <a href=\"/boern/" + child + "/tidslinje\">barnets tidslinje</a>"),
                not(containsString("<a href=\"/planer/" + plan + "#advarsler-titel\">"))));

        as(HANNE).body(session(TODAY.minusDays(2), rating("forælder", PlanFixtures.form("ors", 4, 4, 3, 4), PlanFixtures.form("srs", 10, 10, 10, 10))))
                .when().post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        as(HANNE).when().get("/planer/{id}", plan).then()
                .body(allOf(containsString("<h3 class=\"alert-heading\" id=\"underret-titel\">Gentagne røde scorer</h3>"),
                        containsString("/boern/" + child + "#bekymringer-titel\">Gå til barnets side og underret myndigheden</a>")));
    }

    @Test
    void aGoalIsEvaluatedAndThePlanEndedThroughThePlanPagesForms() throws IOException {
        UUID child = childOnTheTeamOf(HANNE);
        String plan = planOf(HANNE, child, "2016-05", TODAY.minusDays(60));
        String goal = as(HANNE).when().get("/api/plans/{id}", plan).then().statusCode(200).extract().path("plan.goals[0].id");
        String page = "/planer/" + plan;

        long before = stored();
        submit(HANNE, Map.of("familyView-" + goal, "Mor synes, det går bedre"))
                .post(page + "/maal/" + goal + "/evaluering").then().statusCode(400)
                .body(allOf(containsString("href=\"#f-attainment-" + goal + "\""),
                        containsString("id=\"f-occasion-" + goal + "-error\""), containsString("Er målet nået")));
        assertEquals(before + 1, stored(), "nothing stored but the audit of the plan read to show it again");
        submit(HANNE, Map.of("occasion-" + goal, "opfoelgning", "evaluatedOn-" + goal, TODAY.toString(),
                "attainment-" + goal, "delvist", "familyView-" + goal, "Mor synes, det går bedre"))
                .post(page + "/maal/" + goal + "/evaluering").then().statusCode(303)
                .header("Location", endsWith("?besked=evalueret"));
        as(HANNE).when().get(page).then()
                .body(allOf(containsString("<strong>Delvist nået</strong>"), containsString("familiens syn: Mor synes, det går bedre")));

        byte[] pdf = as(HANNE).when().get(page + "/plan.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\R", " ");
            assertTrue(text.contains("Emil kommer i skole hver dag."), text);
            assertTrue(text.contains("Delvist nået"), text);
            assertTrue(text.contains("Ansvarlig: Hanne Holm (sundhedsplejerske)"), "named, not by username: " + text);
            assertTrue(text.contains("Barn: ___"), text);
            assertFalse(text.contains(child.toString()), "no pseudonymous id on the family's page: " + text);
        }
        as(LISE).when().get(page + "/plan.pdf").then().statusCode(404);

        String version = String.valueOf(as(HANNE).when().get("/api/plans/{id}", plan).then().extract().<Integer>path("plan.version"));
        submit(HANNE, Map.of("endedOn", TODAY.toString(), "version", version)).post(page + "/afslutning").then()
                .statusCode(400).body(containsString("href=\"#f-reason\""));
        submit(HANNE, Map.of("reason", "gennemfoert", "endedOn", TODAY.toString(), "version", version))
                .post(page + "/afslutning").then().statusCode(303).header("Location", endsWith("?besked=afsluttet"));
        as(HANNE).when().get(page + "?besked=afsluttet").then()
                .body(allOf(containsString("role=\"status\">Planen er afsluttet."), containsString("Gennemført"),
                        not(containsString("action=\"" + page + "/afslutning\"")),
                        not(containsString("/sessioner/ny"))));
    }

    /** A form's fields: name, value, name, value … */
    private static Map<String, String> fields(String... namesAndValues) {
        var fields = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The page's log-out form carries a fresh CSRF token each time. */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
    }

    private static RequestSpecification submit(String user, Map<String, ?> fields) {
        var token = FormToken.fetch(as(user));
        return token.on(given().auth().oauth2(token(user)).contentType("application/x-www-form-urlencoded")
                .formParams(fields)).redirects().follow(false).when();
    }
}
