package dk.rodtraad.catalogue.csv.web;

import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class ImportPageTest {

    @Inject
    WebFixtures fixtures;

    @TestHTTPResource("/katalog/import")
    URI importPage;

    @Test
    void theImportPageHasALabelledFileFieldAndTheExportLink() {
        given().when().get("/katalog/import").then().statusCode(200)
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-file\">CSV-fil</label>"),
                        containsString("enctype=\"multipart/form-data\""), containsString("href=\"/csv/interventions\"")));
    }

    @Test
    void anImportedFileIsReportedRowByRow() throws Throwable {
        String exported = exportedRowOf(unique("web-csv"));
        String copy = unique("web-csv-kopi");
        String file = exported.replaceFirst("\nweb-csv-[0-9a-f]{8};", "\n" + copy + ";");

        uploaded(file).statusCode(200)
                .body(allOf(containsString("Filen er importeret: 1 oprettet, 0 ændret, 0 uændret."),
                        containsString(">" + copy + "</td><td data-title=\"Resultat\">oprettet</td>")));
    }

    @Test
    void aBadFileNamesEveryBadCellAndStoresNothing() throws Throwable {
        String file = exportedRowOf(unique("web-csv-fejl")).replace("PPR", "");
        long before = stored();

        uploaded(file).statusCode(400)
                .body(allOf(containsString("Filen er ikke importeret, og intet er gemt."),
                        containsString("række 2"), containsString("Angiv den afdeling, der ejer indsatsen")));
        assertEquals(before, stored());
    }

    @Test
    void noFileIsAskedFor() {
        FormToken.fetch().onMultipart(given()).multiPart("file", "tom.csv", new byte[0], "text/csv").when().post("/katalog/import").then().statusCode(400)
                .body(containsString("Vælg en CSV-fil"));
    }

    /** An upload cut off before its closing boundary is the client's broken request: a 400, nothing stored. */
    @Test
    void aBrokenUploadIsRefusedAsTheClientsAndStoresNothing() throws Throwable {
        String token = FormToken.fetch().value();
        String boundary = "rodtraad-afbrudt";
        long before = stored();

        // RestAssured sends a multipart body it did not build only when told to treat it as plain text.
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .cookie(FormToken.NAME, token).contentType("multipart/form-data; boundary=" + boundary)
                .body("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + FormToken.NAME + "\"\r\n\r\n"
                        + token + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"katalog.csv\"\r\n\r\nkode;navn\nafbrudt")
                .when().post("/katalog/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("Formularen kunne ikke læses"));
        assertEquals(before, stored());
    }

    /**
     * An upload of more parts than a form may have was a 500 (Quarkus REST's bare RuntimeException): now a 413. And
     * its connection is closed: Quarkus REST's parser reads on after it, and the next request on the same connection
     * hung (found by the bad-input corpus). The client here keeps its connections open, as a browser or a proxy does.
     */
    @Test
    void anUploadOfMorePartsThanAFormMayHaveIsA413AndStoresNothing() throws Throwable {
        long before = stored();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<String> refused = http.send(FormToken.fetch().uploadOfParts(importPage, 20_000),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> next = http.send(HttpRequest.newBuilder(importPage).timeout(Duration.ofSeconds(30)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("Formularen må højst have 1.000 felter"), refused.body());
        assertEquals("close", refused.headers().firstValue("Connection").orElse(""));
        assertEquals(200, next.statusCode());
        assertEquals(before, stored());
    }

    /** The export's header and the one line about a fresh intervention: a file as an editor would get it. */
    private String exportedRowOf(String code) throws Throwable {
        fixtures.inStatus(intervention(code, "Webimport"), InterventionStatus.PUBLISHED);
        String csv = given().when().get("/csv/interventions").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r?\n");
        return lines[0] + "\n" + Arrays.stream(lines).filter(line -> line.startsWith(code + ";")).findFirst().orElseThrow();
    }

    private static ValidatableResponse uploaded(String file) {
        return FormToken.fetch().onMultipart(given()).multiPart("file", "katalog.csv", file.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/katalog/import").then();
    }
}
