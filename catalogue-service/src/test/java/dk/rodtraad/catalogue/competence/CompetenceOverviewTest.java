package dk.rodtraad.catalogue.competence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

/** The competence overview: imported as the municipality's spreadsheet, searched by method or unit. */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class CompetenceOverviewTest {

    static final String HEADER = "metode;enhed;medarbejdere;kontakt\n";

    @Test
    void theDemoOverviewIsImportedAndSearchedByMethodOrUnit() throws IOException {
        String demo = demoFile();
        long lines = demo.lines().count() - 1;

        imported(demo).statusCode(200).body("entries", equalTo((int) lines));

        given().queryParam("q", "pmto").when().get("/competences").then().statusCode(200)
                .body("method", everyItem(equalTo("PMTO")));
        given().queryParam("q", "ppr").when().get("/competences").then().statusCode(200)
                .body("size()", greaterThan(0))
                .body("unit", everyItem(containsStringIgnoringCase("ppr")));
    }

    @Test
    void anImportReplacesTheWholeOverview() {
        imported(HEADER + "Marte Meo;Sundhedsplejen;4;sundhedsplejen@rodby.dk\nICDP;Dagtilbud Nord;12;nord@rodby.dk\n")
                .statusCode(200);

        given().when().get("/competences").then().statusCode(200).body("method", equalTo(List.of("ICDP", "Marte Meo")))
                .body("[1].staffCount", equalTo(4));
    }

    @Test
    void aBadFileNamesEveryBadCellAndKeepsTheOverview() {
        imported(HEADER + "PALS;Skolen ved Søen;6;pals@rodby.dk\n").statusCode(200);

        imported(HEADER + "PMTO;Familiecentret;tre;fc@rodby.dk\n;PPR;2;ppr@rodby.dk\nPMTO;familiecentret;1;fc@rodby.dk\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("række 2, medarbejdere", "række 3, metode", "række 4, metode")))
                .body("errors[0].message", equalTo("Skal være et helt tal, ikke 'tre'"))
                .body("errors[2].message", equalTo("Metoden står allerede for enheden i række 2"));

        given().when().get("/competences").then().body("method", equalTo(List.of("PALS")));
    }

    @Test
    void theExportIsTheFileTheImportReads() {
        imported(HEADER + "Signs of Safety;Familierådgivningen;9;sos@rodby.dk\n").statusCode(200);

        String exported = given().when().get("/csv/competences").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();

        imported(exported).statusCode(200).body("entries", equalTo(1));
        given().when().get("/competences").then().body("unit", equalTo(List.of("Familierådgivningen")));
    }

    @Test
    @TestSecurity(user = "sofie", roles = "fagperson")
    void staffSearchButDoNotImport() {
        given().when().get("/competences").then().statusCode(200);
        imported(HEADER + "PALS;Skolen;1;x@rodby.dk\n").statusCode(403);
    }

    private static ValidatableResponse imported(String file) {
        return given().contentType("text/csv; charset=UTF-8").body(file).when().post("/csv/competences").then();
    }

    private static String demoFile() throws IOException {
        try (InputStream in = CompetenceOverviewTest.class.getResourceAsStream("/demo/competences.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
