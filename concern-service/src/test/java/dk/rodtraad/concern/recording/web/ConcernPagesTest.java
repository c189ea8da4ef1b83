package dk.rodtraad.concern.recording.web;

import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.signInForce;
import static dk.rodtraad.concern.recording.ConcernFixtures.storedConcernsAndChildren;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.FORM;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The staff's HTML pages, as the demo realm's professionals with tokens Keycloak issued: each carries the real
 * discipline, which decides whether a concern needs a tovholder.
 */
@QuarkusTest
class ConcernPagesTest {

    @Test
    void theFormLabelsEveryFieldGroupsTheSignsAndShowsTheScaleWithItsGuidance() {
        String sign = signInForce();
        String guidance = as(HANNE).when().get("/shared-language/current").then().extract().path("scale[1].guidance");
        as(HANNE).when().get("/bekymringer/ny").then().statusCode(200)
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-childCpr\">CPR-nummer</label>"),
                        containsString("<label class=\"form-label\" for=\"f-childName\">Barnets navn</label>"),
                        containsString("<legend class=\"form-label\">Tegn på mistrivsel</legend>"),
                        containsString("value=\"" + sign + "\" id=\"f-signs\""),
                        containsString("<legend class=\"form-label\">Niveau på den fælles skala</legend>"),
                        containsString(guidance.substring(0, Math.min(20, guidance.length()))),
                        containsString("<label class=\"form-label\" for=\"f-observedOn\">Hvornår så du tegnene?</label>"),
                        containsString("value=\"" + LocalDate.now(ZoneId.of("Europe/Copenhagen")) + "\""),
                        containsString("<legend class=\"form-label\">Er forældrene inddraget?</legend>"),
                        containsString("<option value=\"smiley-skala\">Smiley-skala</option>"),
                        not(containsString("name=\"tovholder\""))));
    }

    @Test
    void anInvalidFormShowsTheDanishErrorsBesideTheFieldsAndInASummaryAndStoresNothing() throws Throwable {
        signInForce();
        long before = storedConcernsAndChildren();
        form(HANNE, Map.of("childCpr", "12345", "level", "lilla", "observedOn", "i går", "parents", "ja",
                "childViewView", "Siger ingenting."))
                .when().post("/bekymringer/ny").then().statusCode(400)
                .body(allOf(containsString("class=\"alert alert-error\""),
                        containsString("<a href=\"#f-childCpr\">CPR-nummer: CPR-nummeret skal have formen DDMMÅÅ-XXXX</a>"),
                        containsString("<a href=\"#f-childName\">Barnets navn: Angiv barnets navn</a>"),
                        containsString("<a href=\"#f-signs\">Tegn på mistrivsel: Vælg mindst ét tegn fra det fælles sprog</a>"),
                        containsString("<a href=\"#f-level\">Niveau på den fælles skala: Vælg en af mulighederne</a>"),
                        containsString("<a href=\"#f-observedOn\">Hvornår så du tegnene?: Skriv datoen som åååå-mm-dd"),
                        containsString("<a href=\"#f-parentsHow\">Hvordan?: Vælg hvordan forældrene blev inddraget"),
                        containsString("<a href=\"#f-childViewMethod\">"),
                        containsString("<span class=\"form-error-message\" id=\"f-observation-error\">Beskriv hvad du har set</span>"),
                        containsString("aria-describedby=\"f-observation-hint f-observation-error\""),
                        containsString("value=\"12345\""),
                        containsString("Siger ingenting.")));
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void theServicesOwnRulesComeBackOnTheFormTooAndStoreNothing() throws Throwable {
        var sent = valid(uniqueCpr(), "Gorm Lind");
        sent.put("signs", List.of("ikke-et-tegn"));
        long before = storedConcernsAndChildren();
        form(HANNE, sent).when().post("/bekymringer/ny").then().statusCode(400)
                .body(containsString("<a href=\"#f-signs\">Tegn på mistrivsel: Tegnet findes ikke i det fælles sprog"));
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void theAgeRuleComesBackBesideTheCprNumberAndEfterværnLetsAYoungAdultsConcernIn() throws Throwable {
        // Born 1 February 2004 (seventh digit 4, year 04): 22 on the day seen, so only a listed reason lets it in.
        var sent = valid(String.format("010204-4%03d", (int) (Math.random() * 1000)), "Emil Lind");
        sent.put("observedOn", "2026-02-01");
        sent.put("parentsInvolvedOn", "2026-02-01");
        sent.put("setting", "fritid");
        long before = storedConcernsAndChildren();
        form(HANNE, sent).when().post("/bekymringer/ny").then().statusCode(400)
                .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-childCpr-error\">"
                                + "Personen var fyldt 18 år den dag, du så tegnene."),
                        containsString("<option value=\"eftervaern\">Efterværn (barnets lov)</option>")));
        assertEquals(before, storedConcernsAndChildren());

        sent.put("ageReason", "eftervaern");
        String location = form(HANNE, sent).redirects().follow(false).when().post("/bekymringer/ny").then()
                .statusCode(303).extract().header("Location");
        as(HANNE).when().get(location.substring(location.indexOf("/boern/"))).then().statusCode(200)
                .body(containsString("<dt>Kommunen handler, selv om den unge er fyldt 18 år, fordi</dt>"
                        + "<dd>Efterværn (barnets lov)</dd>"));
    }

    @Test
    void aRecordedConcernLeadsToTheChildsPageWithItsAssessmentsCoordinationAndTimeline() {
        String cpr = uniqueCpr();
        String location = form(HANNE, valid(cpr, "Hilda Storm")).redirects().follow(false)
                .when().post("/bekymringer/ny").then().statusCode(303)
                .header("Location", containsString("/boern/")).extract().header("Location");
        String childPage = location.substring(location.indexOf("/boern/"));

        as(HANNE).when().get(childPage).then().statusCode(200)
                .body(allOf(containsString("<h1>Hilda Storm</h1>"), containsString(cpr),
                        containsString("role=\"status\">Bekymringen er registreret."),
                        containsString("badge badge-warning\">Gul</span> Bekymring, set"), containsString("<strong class=\"badge badge-error\">Akut</strong>"),
                        containsString("Trækker sig fra legen."), containsString("Tegning"),
                        containsString("<caption>Vurderinger</caption>"), containsString("sundhedsplejerske")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(HANNE).when().get(childPage).then()
                .body(allOf(containsString("En fagperson registrerede en bekymring: gul (øget opmærksomhed), set "),
                        containsString("Markeret som akut: akut fare eller mistanke om overgreb."),
                        not(containsString("dk.rodtraad.")))));

        as(HANNE).when().get("/bekymringer?q=Hilda " + cpr.substring(0, 6)).then().statusCode(200)
                .body(allOf(containsString(">Hilda Storm</a>"), containsString(cpr.substring(0, 7) + "****"),
                        not(containsString(cpr))));
    }

    @Test
    void asksForTheTovholderOnlyWhenAMembersConcernMakesTheCaseCrossDisciplinary() throws Throwable {
        String cpr = uniqueCpr();
        String location = form(HANNE, valid(cpr, "Ivar Dal")).redirects().follow(false).when().post("/bekymringer/ny")
                .then().statusCode(303).extract().header("Location");
        String childId = location.substring(location.indexOf("/boern/") + 7, location.indexOf('?'));

        // Lise is not on the team: her concern is her own, her discipline does not count on the case, so she is
        // not asked for a tovholder; she is led to the child's page, which shows her what an outsider may know.
        var byLise = valid(cpr, "Ivar Dal");
        byLise.put("setting", "skole");
        form(LISE, byLise).when().post("/bekymringer/ny").then().statusCode(303)
                .header("Location", endsWith("/boern/" + childId + "?besked=registreret"));
        as(LISE).when().get("/bekymringer/ny/tovholder?childId=" + childId).then().statusCode(200)
                .body(not(containsString("f-tovholder")));
        as(HANNE).when().get("/children/{id}/coordination", childId).then().body("tovholder", nullValue());

        // Peter is on the team (added, no concern of his own yet): his concern brings the second discipline.
        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(200);
        var byPeter = valid(cpr, "Ivar Dal");
        byPeter.put("setting", "dagtilbud");
        long before = storedConcernsAndChildren();
        form(PETER, byPeter).when().post("/bekymringer/ny").then().statusCode(400)
                .body(allOf(containsString("<a href=\"#f-tovholder\">Tovholder: "),
                        containsString("<label class=\"form-label\" for=\"f-tovholder\">Tovholder</label>")));
        assertEquals(before, storedConcernsAndChildren());

        byPeter.put("tovholder", HANNE);
        form(PETER, byPeter).redirects().follow(false).when().post("/bekymringer/ny").then().statusCode(303);
        as(HANNE).when().get("/children/{id}/coordination", childId).then().body("tovholder", equalTo(HANNE))
                .body("disciplines", equalTo(List.of("paedagog", "sundhedsplejerske")));
    }

    @Test
    void showsTheTovholderFieldAtOnceWhenThePickedChildsCaseWillNeedOne() {
        String location = form(HANNE, valid(uniqueCpr(), "Lea Friis")).redirects().follow(false)
                .when().post("/bekymringer/ny").then().statusCode(303).extract().header("Location");
        String childId = location.substring(location.indexOf("/boern/") + 7, location.indexOf('?'));
        as(HANNE).body(Map.of("username", PETER, "basis", Map.of("code", "tidlig-forebyggende-indsats")))
                .when().post("/children/{id}/team", childId).then().statusCode(200);

        as(PETER).when().get("/bekymringer/ny?barn=" + childId).then().statusCode(200)
                .body(allOf(containsString("<option value=\"" + childId + "\" selected>Lea Friis, født "),
                        containsString("<label class=\"form-label\" for=\"f-tovholder\">Tovholder</label>")));
        // He names the tovholder among himself and the case team, by name and discipline, never by username.
        as(PETER).when().get("/bekymringer/ny/tovholder?childId=" + childId).then().statusCode(200)
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-tovholder\">Tovholder</label>"),
                        containsString("<option value=\"" + HANNE + "\">Hanne Holm, sundhedsplejerske</option>"),
                        containsString("<option value=\"" + PETER + "\">Peter Nielsen, "),
                        not(containsString("<html"))));
        as(HANNE).when().get("/bekymringer/ny/tovholder?childId=" + childId).then().statusCode(200)
                .body(not(containsString("f-tovholder")));
    }

    @Test
    void aProfessionalWhoIsNotInvolvedGetsTheDanishNotFoundPage() {
        String location = form(HANNE, valid(uniqueCpr(), "Jens Vang")).redirects().follow(false)
                .when().post("/bekymringer/ny").then().statusCode(303).extract().header("Location");
        String childPage = location.substring(location.indexOf("/boern/"), location.indexOf('?'));

        as(PETER).when().get(childPage).then().statusCode(404).contentType("text/html")
                .body(allOf(containsString("<h1>Siden findes ikke</h1>"), not(containsString("Jens Vang"))));
        as(PETER).when().get("/boern/ikke-et-id").then().statusCode(404).body(containsString("<h1>Siden findes ikke</h1>"));
    }

    @Test
    void theAuthorityDoesNotRecordConcernsAndIsToldSoInDanish() {
        as(METTE).when().get("/bekymringer/ny").then().statusCode(403).contentType("text/html")
                .body(containsString("<h1>Ingen adgang</h1>"));
    }

    @Test
    @TestSecurity(user = "ida", roles = "fagperson")
    @OidcSecurity(claims = @Claim(key = "profession", value = "tandlaege"))
    void aProfessionalWithoutAKnownDisciplineIsToldWhyAndNothingIsStored() throws Throwable {
        long before = storedConcernsAndChildren();
        var request = FormToken.fetch().on(given().contentType(FORM));
        valid(uniqueCpr(), "Mads Kure").forEach((name, value) -> request.formParam(name,
                value instanceof List<?> values ? values.getFirst() : value));
        request.when().post("/bekymringer/ny").then().statusCode(403).contentType("text/html")
                .body(containsString("Din bruger har ingen faglighed. Kontakt din IT-administrator."));
        assertEquals(before, storedConcernsAndChildren());
    }

    @Test
    void theStartPageLinksThePages() {
        as(HANNE).when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/bekymringer\""), containsString("href=\"/bekymringer/ny\""),
                        containsString("href=\"/underretninger\""), not(containsString("href=\"/myndighed\""))));
    }

    /** A complete concern as the form sends it: yellow, acute, the parents involved, the child heard by drawing. */
    static Map<String, Object> valid(String cpr, String name) {
        var sent = new HashMap<String, Object>();
        sent.put("childCpr", cpr);
        sent.put("childName", name);
        sent.put("signs", List.of(signInForce()));
        sent.put("level", "yellow");
        sent.put("acute", "true");
        sent.put("setting", "sundhedspleje");
        sent.put("observedOn", LocalDate.now().minusDays(1).toString());
        sent.put("observation", "Trækker sig fra legen.");
        sent.put("parents", "ja");
        sent.put("parentsInvolvedOn", LocalDate.now().minusDays(1).toString());
        sent.put("parentsHow", "samtale");
        sent.put("parentsInvolvedBy", "Hanne");
        sent.put("parentsPerspective", "Mor genkender det.");
        sent.put("childViewMethod", "tegning");
        sent.put("childViewView", "Tegnede sig selv alene.");
        return sent;
    }
}
