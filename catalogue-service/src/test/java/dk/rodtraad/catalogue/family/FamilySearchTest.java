package dk.rodtraad.catalogue.family;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * Parents find help the way they write (issue 11): over the demo catalogue, each phrase of the issue finds the
 * interventions a parent would expect, in the JSON API and on /familie.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer") // for the import; the family endpoints ask no login
class FamilySearchTest {

    private static volatile boolean imported;

    /** The demo catalogue, imported as the katalogredaktør would; importing it again changes nothing. */
    @BeforeEach
    void demoCatalogue() throws IOException {
        if (imported) {
            return;
        }
        String demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/interventions.csv")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        given().contentType("text/csv; charset=UTF-8").body(demo).when().post("/csv/interventions").then().statusCode(200);
        imported = true;
    }

    @Test
    void aSentenceFindsWhatItsWordsFind() {
        given().queryParam("q", "min søn bliver mobbet").when().get("/public/interventions").then().statusCode(200)
                .body("[0].name", equalTo("Trivselsteam mod mobning"));
        given().queryParam("q", "min datter vil ikke i skole").when().get("/public/interventions").then().statusCode(200)
                .body("name", hasItems("Fraværsteam – tidlig hjælp ved stigende fravær",
                        "Multisystemisk Terapi (MST)"))
                .body("name", not(hasItem("Ungdomsskolens dagskole for unge med højt fravær")));
    }

    @Test
    void synonymsFindWhatTheCatalogueCallsItOtherwise() {
        given().queryParam("q", "depression").when().get("/public/interventions").then().statusCode(200)
                .body("name", hasItems("Gratis psykologsamtaler for unge", "Gruppe for forældre med efterfødselsreaktion",
                        "Sorggruppe for børn og unge"));
        given().queryParam("q", "skolevægring").when().get("/public/interventions").then().statusCode(200)
                .body("name", hasItem("Fraværsteam – tidlig hjælp ved stigende fravær"));
    }

    @Test
    void anInterventionMatchingMoreOfTheWordsRanksFirst() {
        // Only the young people's psychologist speaks of both tristhed and angst in the demo catalogue.
        given().queryParam("q", "vores søn er trist og bange").when().get("/public/interventions").then().statusCode(200)
                .body("[0].name", equalTo("Gratis psykologsamtaler for unge"))
                .body("name", hasItems("Cool Kids – angstforløb for børn", "Sorggruppe for børn og unge"));
    }

    @Test
    void theFamilyPageFindsTheSameForEachPhraseOfTheIssue() {
        String[][] expected = {
                {"min søn bliver mobbet", "Trivselsteam mod mobning"},
                {"min datter vil ikke i skole", "Fraværsteam – tidlig hjælp ved stigende fravær"},
                {"depression", "Gratis psykologsamtaler for unge"},
                {"skolevægring", "Fraværsteam – tidlig hjælp ved stigende fravær"}};
        for (String[] phrase : expected) {
            given().queryParam("q", phrase[0]).queryParam("soeg", "ja").when().get("/familie").then().statusCode(200)
                    .contentType(ContentType.HTML)
                    .body(allOf(containsString(phrase[1]), not(containsString("Vi fandt ikke noget"))));
        }
    }

    @Test
    void whenNothingIsFoundTheParentsGetANextStepAndTheMunicipalitysContact() {
        given().queryParam("q", "xyzzy kvækkeri").queryParam("soeg", "ja").when().get("/familie").then().statusCode(200)
                .body(allOf(containsString("Vi fandt ikke noget, der passer."),
                        containsString("Prøv med færre eller andre ord"),
                        containsString("ring eller skriv til kommunens familierådgivning"),
                        containsString("Familierådgivningen i Rødby Kommune"),
                        containsString("<a href=\"tel:70203040\">70 20 30 40</a>"),
                        containsString("<a href=\"mailto:familieraadgivning@rodby.dk\">familieraadgivning@rodby.dk</a>"),
                        containsString("Mandag–torsdag 8–15, fredag 8–13"), containsString("ring 112")));
        // Help was found: no next-step box.
        given().queryParam("q", "skolevægring").queryParam("soeg", "ja").when().get("/familie").then().statusCode(200)
                .body(not(containsString("Familierådgivningen i Rødby Kommune")));
    }

    @Test
    void parentsNeverReadStaffGuidanceOrStaffLabelsOfTheProtectedSigns() {
        String id = given().queryParam("q", "overgreb").when().get("/public/interventions").then().statusCode(200)
                .extract().jsonPath().getString("find { it.name == 'Terapeutisk behandling efter vold eller seksuelle overgreb' }.id");
        var pages = new java.util.ArrayList<String>();
        for (String path : new String[] {"/familie", "/familie/vejviser", "/familie/vejviser?tegn=vold-i-hjemmet",
                "/familie/vejviser?tegn=seksuelle-overgreb", "/familie/vejviser?tegn=vold", "/familie/indsatser/" + id,
                "/vejviser/current", "/public/interventions?q=overgreb", "/public/interventions/" + id}) {
            pages.add(given().when().get(path).then().statusCode(200).extract().asString());
        }
        for (String page : pages) {
            for (String staff : new String[] {"Forældrene må ikke orienteres først", "Tegn på seksuelle overgreb",
                    "myndigheden afgør", "Mistanke om overgreb"}) {
                org.junit.jupiter.api.Assertions.assertFalse(page.contains(staff), "a family reads '" + staff + "' in " + page);
            }
        }
        given().queryParam("tegn", "vold-i-hjemmet").when().get("/familie/vejviser").then().statusCode(200)
                .body(allOf(containsString("<h1>Vold eller overgreb</h1>"), containsString("Lev Uden Vold på 1888")));
        given().when().get("/familie/indsatser/" + id).then().body(containsString("<li>Vold eller overgreb</li>"));
        given().when().get("/familie").then().body(not(containsString("value=\"seksuelle-overgreb\"")));
    }
}
