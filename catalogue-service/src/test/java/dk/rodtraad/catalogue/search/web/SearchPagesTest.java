package dk.rodtraad.catalogue.search.web;

import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.catalogue.web.WebFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PAUSED;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class SearchPagesTest {

    private static boolean prepared;

    @Inject
    WebFixtures fixtures;

    /** Three interventions of their own, marked by a word no other test uses. */
    @BeforeEach
    synchronized void prepare() throws Throwable {
        if (prepared) {
            return;
        }
        var divorce = intervention(Fixtures.unique("web-skilsmisse"), "Webskilsmissegruppe");
        divorce.put("longDescription", "Børn med to hjem mødes otte gange. Webmærke qzv.");
        divorce.put("signs", List.of("konfliktfyldt-skilsmisse"));
        divorce.put("department", "Skoleområdet");
        divorce.put("step", 2);
        divorce.put("ageFromYears", 6);
        divorce.put("ageToYears", 12);
        divorce.put("waitingWeeks", 1);
        fixtures.inStatus(divorce, PUBLISHED);

        var club = intervention(Fixtures.unique("web-klub"), "Webklubmentor");
        club.put("longDescription", "En mentor i klubben for unge, der isolerer sig. Webmærke qzv.");
        club.put("signs", List.of("isolerer-sig", "mobning"));
        club.put("type", "civilsamfund");
        club.put("ageFromYears", 10);
        club.put("ageToYears", 18);
        club.put("step", 1);
        club.put("waitingWeeks", 0);
        fixtures.inStatus(club, PUBLISHED);

        var paused = intervention(Fixtures.unique("web-pause"), "Webangstforløb");
        paused.put("longDescription", "Et forløb om angst. Webmærke qzv.");
        paused.put("waitingWeeks", 12);
        fixtures.inStatus(paused, PUBLISHED, PAUSED);
        prepared = true;
    }

    @Test
    void theSearchPageIsDanishWithALabelForEveryFilter() {
        given().when().get("/katalog").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<html lang=\"da\">"), containsString("Gå til indhold"),
                        containsString("<label class=\"form-label\" for=\"f-q\">Fritekst</label>"),
                        containsString("<label class=\"form-label\" for=\"f-age\">Barnets alder (år)</label>"),
                        containsString("<legend class=\"form-label\">Tegn på mistrivsel</legend>"),
                        containsString("<label class=\"form-label\" for=\"f-step\">Trin på Indsatstrappen</label>"),
                        containsString("<label class=\"form-label\" for=\"f-department\">Afdeling</label>"),
                        containsString("<option value=\"Skoleområdet\">Skoleområdet</option>"),
                        containsString("<label class=\"form-label\" for=\"f-preventionLevel\">Forebyggelsesniveau</label>"),
                        containsString("<label class=\"form-label\" for=\"f-maxWaitingWeeks\">Højst ventetid (uger)</label>"),
                        containsString("Netværks- eller samtalegruppe"),
                        containsString("role=\"status\""),
                        containsString("/_static/htmx.org/2.0.2/dist/htmx.min.js")));
        given().when().get("/_static/htmx.org/2.0.2/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void filtersNarrowTheResults() {
        given().queryParam("q", "qzv").queryParam("age", 15).when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("Webklubmentor"), not(containsString("Webskilsmissegruppe")),
                        containsString("1 indsats fundet"), containsString("Ingen ventetid")));
        given().queryParam("q", "qzv").queryParam("sign", "konfliktfyldt-skilsmisse").queryParam("step", 2)
                .queryParam("department", "Skoleområdet").queryParam("maxWaitingWeeks", 3).when().get("/katalog")
                .then().statusCode(200)
                .body(allOf(containsString("Webskilsmissegruppe"), not(containsString("Webklubmentor")),
                        containsString("value=\"konfliktfyldt-skilsmisse\" id=\"f-sign"), containsString("checked")));
    }

    @Test
    void staffSeeAPausedInterventionMarkedAsPaused() {
        given().queryParam("q", "qzv").when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("Webangstforløb"), containsString("<span class=\"badge badge-warning\">Sat på pause</span>")));
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheCountForTheLiveRegion() {
        given().header("HX-Request", "true").queryParam("q", "qzv").queryParam("type", "civilsamfund")
                .when().get("/katalog").then().statusCode(200).header("Vary", containsString("HX-Request"))
                .body(allOf(not(containsString("<html")), containsString("Webklubmentor"),
                        containsString("<p id=\"antal\" hx-swap-oob=\"innerHTML\">1 indsats fundet</p>")));
    }

    @Test
    void anUnreadableFilterIsNamedAndLeftOut() {
        given().queryParam("age", "tolv").queryParam("q", "qzv").when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("Ugyldig værdi"), containsString("aria-invalid=\"true\"")));
    }

    @Test
    void suggestionsForAChildComeWithTheirDanishExplanation() {
        given().queryParam("age", 11).queryParam("sign", "mobning").when().get("/katalog/forslag").then().statusCode(200)
                .body(allOf(containsString("Webklubmentor"),
                        containsString("Passer til 11 år (indsatsen er for 10–18 år) og til tegnet Mobning.")));
    }

    @Test
    void aSuggestionWithoutAgeOrSignsGetsAnErrorSummary() {
        given().queryParam("age", "").queryParam("forslag", "ja").when().get("/katalog/forslag").then().statusCode(200)
                .body(allOf(containsString("class=\"alert alert-error\""),
                        containsString("<a href=\"#f-age\">Barnets alder (år): Angiv barnets alder i hele år fra 0 til 25</a>"),
                        containsString("<a href=\"#f-sign\">Tegn, du ser hos barnet: Vælg mindst ét tegn</a>")));
    }

    @Test
    void theStartPageLinksToTheCatalogue() {
        given().when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/katalog\""), containsString("href=\"/katalog/forslag\""),
                        not(containsString("href=\"/katalog/ny\""))));
    }

    @Test
    void longListsArePagedTwentyAtATimeAndThePagesKeepTheSearch() throws Throwable {
        String word = fixtures.publishedMany(25);

        String first = given().queryParam("q", word).when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("25 indsatser fundet"),
                        containsString("<nav class=\"pagination\" aria-label=\"Sider med indsatser\">"),
                        containsString("Side 1 af 2"), containsString("href=\"/katalog?q=" + word + "&amp;side=2\""),
                        containsString(">Næste<"), not(containsString(">Forrige<"))))
                .extract().asString();
        assertEquals(20, first.split("Sideindsats ").length - 1);

        String second = given().queryParam("q", word).queryParam("side", 2).when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("25 indsatser fundet"), containsString("Side 2 af 2"),
                        containsString("href=\"/katalog?q=" + word + "&amp;side=1\""), containsString(">Forrige<"),
                        not(containsString(">Næste<"))))
                .extract().asString();
        assertEquals(5, second.split("Sideindsats ").length - 1);

        // A page past the last (an old link, a typed address) shows the last.
        String beyond = given().queryParam("q", word).queryParam("side", 9).when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("25 indsatser fundet"), containsString("Side 2 af 2")))
                .extract().asString();
        assertEquals(5, beyond.split("Sideindsats ").length - 1);

        given().header("HX-Request", "true").queryParam("q", word).when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("Side 1 af 2"), containsString("25 indsatser fundet")));
    }

    @Test
    void theFiltersFoldAwayUntilOneIsSet() {
        given().when().get("/katalog").then().statusCode(200)
                .body(allOf(containsString("<details class=\"details\">"), containsString("Afgræns søgningen</summary>")));
        given().queryParam("step", 2).when().get("/katalog").then().statusCode(200)
                .body(containsString("<details class=\"details\" open>"));
    }
}
