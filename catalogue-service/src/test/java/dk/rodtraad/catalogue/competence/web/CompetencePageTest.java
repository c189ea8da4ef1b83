package dk.rodtraad.catalogue.competence.web;

import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** An import replaces the whole overview, so each test brings its own file with its own method names. */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class CompetencePageTest {

    @Test
    void theEditorReplacesTheOverviewFromAFileThatEveryoneThenSearches() {
        String method = unique("Webmetode");
        upload("metode;enhed;medarbejdere;kontakt\n" + method + ";Familiecentret;4;fc@rodby.dk\n"
                + method + ";PPR;2;ppr@rodby.dk\n").then().statusCode(200)
                .body(containsString("Oversigten er erstattet af filens 2 linjer."));
        given().queryParam("q", method.toLowerCase()).when().get("/katalog/kompetencer").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(allOf(containsString("2 kompetencer fundet"), containsString(">" + method + "</td><td data-title=\"Enhed\">PPR</td><td data-title=\"Medarbejdere\">2</td><td data-title=\"Kontakt\">ppr@rodby.dk</td>"),
                        containsString("href=\"/csv/competences\""), containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void aBadFileNamesEveryBadCellInDanishAndKeepsTheOverview() {
        String method = unique("Beholdt");
        upload("metode;enhed;medarbejdere;kontakt\n" + method + ";PPR;2;ppr@rodby.dk\n").then().statusCode(200);
        upload("metode;enhed;medarbejdere;kontakt\nNy;PPR;mange;ppr@rodby.dk\n").then().statusCode(400)
                .body(allOf(containsString("Filen er ikke importeret, og oversigten er uændret"), containsString("række 2")));
        given().queryParam("q", method).when().get("/katalog/kompetencer").then().body(containsString("1 kompetence fundet"));
        FormToken.fetch().onMultipart(given().redirects().follow(false)).multiPart("other", "x").when().post("/katalog/kompetencer").then().statusCode(400)
                .body(containsString("<span class=\"form-error-message\" id=\"f-file-error\">Vælg en CSV-fil</span>"));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void staffSearchAndDownloadButDoNotImport() {
        given().when().get("/katalog/kompetencer").then().statusCode(200)
                .body(allOf(containsString("<h1>Kompetenceoversigt</h1>"), containsString("href=\"/csv/competences\""),
                        not(containsString("multipart/form-data"))));
        upload("metode;enhed;medarbejdere;kontakt\nX;PPR;2;ppr@rodby.dk\n").then().statusCode(403)
                .body(containsString("Ingen adgang"));
    }

    private static Response upload(String csv) {
        return FormToken.fetch().onMultipart(given().redirects().follow(false))
                .multiPart("file", "kompetencer.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/katalog/kompetencer");
    }
}
