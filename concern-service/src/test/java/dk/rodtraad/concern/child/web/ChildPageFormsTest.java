package dk.rodtraad.concern.child.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The child page's forms: reassessing a concern, naming and handing over the tovholder, involving a colleague. */
@QuarkusTest
class ChildPageFormsTest {

    @Test
    void aConcernIsReassessedThroughItsFormAndAStaleOneIsRefusedInDanish() {
        var recorded = as(HANNE).body(concern(uniqueCpr(), "Kamma Ris", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract();
        String id = recorded.path("id");
        String childId = recorded.path("childId");
        String reassess = "/bekymringer/" + id + "/revurdering";

        as(HANNE).when().get("/boern/{id}", childId).then().statusCode(200)
                .body(allOf(containsString("<a href=\"" + reassess + "\" aria-describedby=\"bekymring-" + id + "\">Revurdér bekymringen</a>"),
                        // Across services, by the child's pseudonymous id: a course of network meetings starts there.
                        containsString("href=\"http://localhost:8082/boern/" + childId
                                + "/forloeb/nyt\">Start et forløb med netværksmøder</a>"),
                        // and an intervention plan with FIT in followup-service.
                        containsString("href=\"http://localhost:8084/boern/" + childId
                                + "/planer/ny\">Start en indsatsplan med opfølgning</a>")));
        as(HANNE).when().get(reassess).then().statusCode(200)
                .body(allOf(containsString("<h1>Revurdér en bekymring om Kamma Ris</h1>"),
                        containsString("<legend class=\"form-label\">Tegn på mistrivsel</legend>"),
                        containsString("<input type=\"hidden\" name=\"version\" value=\"0\">"),
                        containsString("value=\"yellow\" id=\"f-level-1\" aria-describedby=\"f-level-yellow-hint\" checked")));

        form(HANNE, Map.of("level", "lilla", "version", "0")).when().post(reassess).then().statusCode(400)
                .body(allOf(containsString("<a href=\"#f-signs\">Tegn på mistrivsel: Vælg mindst ét tegn fra det fælles sprog</a>"),
                        containsString("<a href=\"#f-level\">Niveau på den fælles skala: Vælg en af mulighederne</a>")));
        as(HANNE).when().get("/concerns/{id}", id).then().body("version", equalTo(0)).body("level", equalTo("yellow"));

        var red = Map.of("level", "red", "acute", "true", "signs", List.of(signInForce()), "version", "0");
        form(HANNE, red).when().post(reassess).then().statusCode(303)
                .header("Location", endsWith("/boern/" + childId + "?besked=revurderet"));
        as(HANNE).when().get("/boern/{id}?besked=revurderet", childId).then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Bekymringen er revurderet."),
                        containsString("badge badge-error\">Rød</span> Bekymring, set")));
        form(HANNE, red).when().post(reassess).then().statusCode(409)
                .body(allOf(containsString("<h2 class=\"alert-heading\">Ændringen blev ikke gemt</h2>"),
                        containsString("Bekymringen er revurderet af en anden"),
                        containsString("<input type=\"hidden\" name=\"version\" value=\"1\">")));
        as(PETER).when().get(reassess).then().statusCode(404).body(not(containsString("Kamma Ris")));
    }

    @Test
    void aColleagueIsAddedOnABasisAndNamedTovholderFromASelectAndTheTaskIsHandedOver() {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Lasse Ris", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String team = "/boern/" + childId + "/sag/";

        // No one picked: the page says so beside the picker; consent without its facts: beside each of them.
        form(HANNE, Map.of("username", " ", "basis", "tidlig-forebyggende-indsats")).when().post(team + "medlemmer")
                .then().statusCode(400)
                .body(containsString("<a href=\"#f-username\">Kollega: Vælg en kollega</a>"));
        form(HANNE, Map.of("username", PETER, "basis", "samtykke", "q", "Peter")).when().post(team + "medlemmer")
                .then().statusCode(400).body(allOf(
                        containsString("<a href=\"#f-consentGivenOn\">Samtykket givet den: Angiv hvornår samtykket blev givet</a>"),
                        containsString("<a href=\"#f-consentGivenTo\">Samtykket givet til: Angiv hvem samtykket blev givet til</a>"),
                        containsString("<span class=\"form-error-message\" id=\"f-consentScope-error\">Angiv hvad samtykket omfatter</span>"),
                        containsString("value=\"peter\" id=\"f-username\" checked")));
        as(HANNE).when().get("/children/{id}/team", childId).then().body("$", hasSize(1));

        form(HANNE, Map.of("username", PETER, "basis", "tidlig-forebyggende-indsats")).when().post(team + "medlemmer")
                .then().statusCode(303).header("Location", endsWith("?besked=tilfoejet"));
        as(HANNE).when().get("/boern/{id}", childId).then().statusCode(200)
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-tovholder\">Hvem skal være tovholder?</label>"),
                        containsString("<option value=\"peter\">Peter Nielsen, pædagog</option>"),
                        containsString("<option value=\"hanne\">Hanne Holm, sundhedsplejerske</option>"),
                        not(containsString("name=\"to\""))));

        form(HANNE, Map.of("tovholder", "ukendt", "version", "0")).when().post(team + "tovholder").then()
                .statusCode(400).body(containsString("<a href=\"#f-tovholder\">Hvem skal være tovholder?: "));
        form(HANNE, Map.of("tovholder", HANNE, "version", "0")).when().post(team + "tovholder").then()
                .statusCode(303).header("Location", endsWith("?besked=tovholder"));
        form(PETER, Map.of("tovholder", PETER, "version", "0")).when().post(team + "tovholder").then()
                .statusCode(409).body(containsString("Koordineringen er ændret af en anden"));
        as(HANNE).when().get("/children/{id}/coordination", childId).then().body("tovholder", equalTo(HANNE));

        as(PETER).when().get("/boern/{id}", childId).then().body(not(containsString("name=\"to\"")));
        as(HANNE).when().get("/boern/{id}", childId).then()
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-to\">Hvem overtager opgaven?</label>"),
                        containsString("<option value=\"peter\">Peter Nielsen, pædagog</option>"),
                        not(containsString("<option value=\"hanne\">"))));
        form(HANNE, Map.of("to", PETER, "version", "1")).when().post(team + "overdragelse").then()
                .statusCode(303).header("Location", endsWith("?besked=overdraget"));
        as(PETER).when().get("/boern/{id}?besked=overdraget", childId).then()
                .body(allOf(containsString("Tovholderopgaven er overdraget."), containsString("name=\"to\"")));
    }

    @Test
    void theAuthorityDoesNotChangeTheCaseTeam() {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Mille Ris", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        form(METTE, Map.of("username", "mette", "basis", "tidlig-forebyggende-indsats"))
                .when().post("/boern/{id}/sag/medlemmer", childId).then().statusCode(403)
                .body(containsString("<h1>Ingen adgang</h1>"));
        as(HANNE).when().get("/children/{id}/team", childId).then().body("$", hasSize(1));
    }
}
