package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.chassis.input.PlainText;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dk.rodtraad.catalogue.csv.InterventionCsvTest.HEADER;
import static dk.rodtraad.catalogue.csv.InterventionCsvTest.row;
import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.testkit.Refusals.impatient;
import static dk.rodtraad.testkit.Refusals.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spreadsheet import's caps (2 MB, 2,000 rows, 100 errors told: catalogue-service's defaults), its character
 * sets, and the export's cells a spreadsheet would run. A file of 60,000 bad rows once ran the service out of heap;
 * a Latin-1 file was stored with replacement characters.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class CsvImportLimitsTest {

    @Test
    void aFileLargerThanTheCapIsRefusedUnreadNamingTheFile() throws Throwable {
        long before = stored();
        String bad = row(unique("csv-stor"), "udkast").replace(";7;12;", ";x;12;");
        String file = HEADER + "\n" + IntStream.range(0, 10_000).mapToObj(i -> bad).collect(Collectors.joining("\n"));
        assertTrue(file.length() > 2 * 1024 * 1024);

        problem(imported(file.getBytes(StandardCharsets.UTF_8)), 400, "fil")
                .body("errors[0].message", containsString("og højst 2,0 MB kan indlæses ad gangen"));
        assertEquals(before, stored());
    }

    @Test
    void aFileWithMoreRowsThanTheCapIsRefusedUnread() throws Throwable {
        long before = stored();
        String file = HEADER + "\n" + IntStream.range(0, 2001).mapToObj(i -> "x").collect(Collectors.joining("\n"));

        problem(imported(file.getBytes(StandardCharsets.UTF_8)), 400, "fil")
                .body("errors[0].message", equalTo("Filen har mere end 2000 indsatser. Del den op i flere filer."));
        assertEquals(before, stored());
    }

    @Test
    void aFileWithManyBadRowsIsToldTheFirstHundredAndHowManyMore() throws Throwable {
        long before = stored();
        String file = HEADER + "\n" + IntStream.range(0, 1500).mapToObj(i -> "x;y").collect(Collectors.joining("\n"));

        problem(imported(file.getBytes(StandardCharsets.UTF_8)), 400)
                .body("errors", hasSize(101))
                .body("errors[0].field", equalTo("række 2"))
                .body("errors[100].field", equalTo("fil"))
                .body("errors[100].message", startsWith("… og 1.400 fejl mere."));
        assertEquals(before, stored());
    }

    @Test
    void aFileSavedAsWindows1252KeepsItsDanishLetters() throws Throwable {
        String code = unique("csv-ansi");
        String file = HEADER + "\n" + row(code, "udkast").replace(";Cool Kids;Et forløb", ";Ældre søskende på Ø;Et forløb");

        imported(file.getBytes(Spreadsheet.WINDOWS_1252)).statusCode(200)
                .body("created", equalTo(1)).body("readAs", equalTo("Windows-1252"));

        assertEquals("Ældre søskende på Ø", byCode(code).name);
    }

    @Test
    void aFileInNeitherUtf8NorWindows1252IsRefusedWithHowToSaveIt() throws Throwable {
        long before = stored();
        problem(imported((HEADER + "\nø").getBytes(StandardCharsets.UTF_16)), 400, "fil")
                .body("errors[0].message", containsString("CSV UTF-8"));
        assertEquals(before, stored());
    }

    @Test
    void aControlCharacterInACellIsRefusedNamingTheCell() throws Throwable {
        long before = stored();
        String file = HEADER + "\n" + row(unique("csv-nul"), "udkast").replace(";Cool Kids;Et", ";Cool\u0000Kids;Et");

        problem(imported(file.getBytes(StandardCharsets.UTF_8)), 400, "række 2, navn")
                .body("errors[0].message", equalTo(PlainText.MESSAGE));
        assertEquals(before, stored());
    }

    @Test
    void theExportWritesCellsASpreadsheetWouldRunAsTextAndReadsThemBack() throws Throwable {
        String code = unique("csv-formel");
        String name = "=HYPERLINK(\"http://angriber.example\",\"Klik\")";
        String contact = "+45 70 20 30 40";
        imported((HEADER + "\n" + row(code, "offentliggjort").replace(";Cool Kids;Et", ";" + name.replace("\"", "\"\"")
                .transform(cell -> "\"" + cell + "\"") + ";Et").replace(";PPR, tlf. 72 10 00 00;", ";" + contact + ";"))
                .getBytes(StandardCharsets.UTF_8)).statusCode(200).body("created", equalTo(1));
        assertEquals(name, byCode(code).name);

        String exported = given().when().get("/csv/interventions").then().statusCode(200).extract().asString();
        String line = exported.lines().filter(l -> l.startsWith(code + ";")).findFirst().orElseThrow();

        assertTrue(line.startsWith(code + ";\"'=HYPERLINK("), line);
        assertTrue(line.contains(";'+45 70 20 30 40;"), line);
        imported(exported.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("changed", equalTo(0));
        assertEquals(name, byCode(code).name);
    }

    @Test
    void theImportPageSaysAWindows1252FileWasReadAsSuch() {
        String code = unique("csv-ansi-side");
        byte[] file = (HEADER + "\n" + row(code, "udkast")).getBytes(Spreadsheet.WINDOWS_1252);

        FormToken.fetch().onMultipart(impatient(given())).multiPart("file", "katalog.csv", file, "text/csv")
                .when().post("/katalog/import").then().statusCode(200)
                .body(containsString("Filen var gemt som Windows-1252"));
    }

    private static ValidatableResponse imported(byte[] file) {
        return impatient(given()).contentType("text/csv").body(file).when().post("/csv/interventions").then();
    }

    private static Intervention byCode(String code) throws Throwable {
        Intervention found = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Intervention.findByCode(code)));
        assertNotNull(found, code);
        return found;
    }
}
