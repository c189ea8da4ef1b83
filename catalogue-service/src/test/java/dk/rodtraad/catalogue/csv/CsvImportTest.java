package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.rodtraad.catalogue.csv.InterventionCsvTest.HEADER;
import static dk.rodtraad.catalogue.csv.InterventionCsvTest.row;
import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class CsvImportTest {

    @Test
    void importCreatesEachRowInItsStatusAndAnnouncesThePublishedOnes() throws Throwable {
        String published = unique("csv-ny"), draft = unique("csv-udkast"), paused = unique("csv-pause");

        imported(HEADER + "\n" + row(published, "offentliggjort") + "\n" + row(draft, "udkast") + "\n" + row(paused, "pause"))
                .statusCode(200)
                .body("created", equalTo(3)).body("rows.row", equalTo(List.of(2, 3, 4)))
                .body("rows.outcome", equalTo(List.of("oprettet", "oprettet", "oprettet")));

        assertEquals("PUBLISHED", byCode(published).status.name());
        assertEquals("DRAFT", byCode(draft).status.name());
        assertEquals("PAUSED", byCode(paused).status.name());
        assertEquals(List.of(EventType.INTERVENTION_PUBLISHED_V1.type()), typesOfEventsAbout(published));
        assertEquals(List.of(), typesOfEventsAbout(draft));
        assertEquals(List.of(EventType.INTERVENTION_PUBLISHED_V1.type(), EventType.INTERVENTION_PAUSED_V1.type()),
                typesOfEventsAbout(paused));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Throwable {
        String code = unique("csv-igen");
        String file = HEADER + "\n" + row(code, "offentliggjort");
        imported(file).statusCode(200);
        int revision = byCode(code).revision;

        imported(file).statusCode(200).body("unchanged", equalTo(1)).body("changed", equalTo(0));

        assertEquals(revision, byCode(code).revision);
    }

    @Test
    void aChangedRowEditsTheInterventionAndTellsTheOthers() throws Throwable {
        String code = unique("csv-ret");
        imported(HEADER + "\n" + row(code, "offentliggjort")).statusCode(200);

        imported(HEADER + "\n" + row(code, "offentliggjort").replace(";24;6;", ";24;10;"))
                .statusCode(200).body("changed", equalTo(1));

        assertEquals(10, byCode(code).waitingWeeks);
        assertEquals(EventType.INTERVENTION_CHANGED_V1.type(), typesOfEventsAbout(code).getLast());
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesEveryBadCell() throws Throwable {
        long before = stored();
        String good = row(unique("csv-god"), "offentliggjort");
        String bad = row(unique("csv-daarlig"), "offentliggjort").replace(";7;12;", ";14;6;")
                .replace("angst, isolerer-sig", "angst, drager").replace(";3;PPR;", ";9;PPR;");

        imported(HEADER + "\n" + good + "\n" + bad + "\n" + good)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("række 3, trin", "række 3, alder_til", "række 3, tegn", "række 4, kode")))
                .body("errors[0].message", equalTo("Indsatstrappen har trin 1 til 6"))
                .body("errors[2].message", equalTo("Tegnet findes ikke i det fælles sprog: drager"))
                .body("errors[3].message", equalTo("Koden står også i række 2"));

        assertEquals(before, stored());
    }

    @Test
    void aStatusAnInterventionCannotReachIsRefused() throws Throwable {
        String code = unique("csv-tilbage");
        imported(HEADER + "\n" + row(code, "offentliggjort")).statusCode(200);

        imported(HEADER + "\n" + row(code, "udkast")).statusCode(400)
                .body("errors[0].field", equalTo("række 2, status"))
                .body("errors[0].message", equalTo("En indsats med status 'Offentliggjort' kan ikke få status 'Udkast'"));

        assertEquals("PUBLISHED", byCode(code).status.name());
    }

    @Test
    void theExportIsTheFileTheImportReads() throws Throwable {
        String code = unique("csv-eksport");
        imported(HEADER + "\n" + row(code, "offentliggjort")).statusCode(200);

        String exported = given().when().get("/csv/interventions").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("indsatskatalog.csv"))
                .extract().asString();

        assertEquals(ExcelCsv.BYTE_ORDER_MARK + HEADER, exported.lines().findFirst().orElseThrow());
        imported(exported).statusCode(200).body("created", equalTo(0)).body("changed", equalTo(0));
    }

    @Test
    void theDemoCatalogueImportsWhole() throws Throwable {
        String demo;
        try (var in = CsvImportTest.class.getResourceAsStream("/demo/interventions.csv")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int rows = (int) demo.lines().count() - 1;

        var report = imported(demo).statusCode(200).body("rows.size()", equalTo(rows)).extract().jsonPath();

        assertEquals(rows, report.getInt("created") + report.getInt("changed") + report.getInt("unchanged"));
        assertEquals("PUBLISHED", byCode("cool-kids-ppr").status.name());
    }

    @Test
    @TestSecurity(user = "sofie", roles = "fagperson")
    void onlyTheKatalogredaktoerImports() throws Throwable {
        long before = stored();
        imported(HEADER + "\n" + row(unique("csv-fagperson"), "offentliggjort")).statusCode(403);
        assertEquals(before, stored());
    }

    private static ValidatableResponse imported(String file) {
        return given().contentType("text/csv; charset=UTF-8").body(file).when().post("/csv/interventions").then();
    }

    private static Intervention byCode(String code) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Intervention.findByCode(code)));
    }

    private static List<String> typesOfEventsAbout(String code) throws Throwable {
        return Fixtures.eventsAbout(byCode(code).id).stream().map(event -> event.eventType).toList();
    }
}
