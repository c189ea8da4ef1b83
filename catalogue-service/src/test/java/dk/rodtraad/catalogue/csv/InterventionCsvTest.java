package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.chassis.input.PlainText;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form of the spreadsheet: what a municipality's file looks like and how its mistakes are named. */
class InterventionCsvTest {

    static final String HEADER = String.join(";", Spreadsheet.headers(InterventionColumn.class));
    private static final int MAX_ROWS = 2000;

    private static InterventionCsv.Content read(String text) {
        return InterventionCsv.read(text, MAX_ROWS);
    }

    static String row(String code, String status) {
        return code + ";Cool Kids;Et forløb for ængstelige børn.;Barnet og forældrene mødes ti gange.;7;12;"
                + "angst, isolerer-sig;netvaerksgruppe;sekundaer;3;PPR;specialpaedagogik;Barnets lov § 30;Cool Kids;"
                + "evidensbaseret;Cool Kids-certificering;24;6;henvisning;PPR, tlf. 72 10 00 00;Rådhuset, Skolen ved Søen;"
                + status;
    }

    @Test
    void readsARowWithListsCodesAndNumbers() {
        var content = read(HEADER + "\n" + row("cool-kids-ppr", "offentliggjort"));

        assertEquals(List.of(), content.errors());
        CsvRow row = content.rows().getFirst();
        assertEquals(2, row.line());
        assertEquals("cool-kids-ppr", row.content().code());
        assertEquals(List.of("angst", "isolerer-sig"), row.content().signs());
        assertEquals(InterventionType.NETVAERKSGRUPPE, row.content().type());
        assertEquals(List.of("Rådhuset", "Skolen ved Søen"), row.content().locations());
        assertEquals(24, row.content().capacityPerYear());
        assertEquals(Access.HENVISNING, row.content().access());
        assertEquals(InterventionStatus.PUBLISHED, row.status());
    }

    @Test
    void acceptsDanishLabelsForCodesAndAnExcelByteOrderMark() {
        String labelled = row("cool-kids-ppr", "Offentliggjort").replace(";netvaerksgruppe;", ";Netværks- eller samtalegruppe;");
        var content = read(ExcelCsv.BYTE_ORDER_MARK + HEADER + "\r\n" + labelled + "\r\n");

        assertEquals(List.of(), content.errors());
        assertEquals(InterventionType.NETVAERKSGRUPPE, content.rows().getFirst().content().type());
    }

    @Test
    void aBlankMethodOrCapacityMeansNone() {
        var content = read(HEADER + "\n" + row("lokal", "udkast").replace(";Cool Kids;evidensbaseret;", ";;evidensbaseret;")
                .replace(";24;6;", ";;6;"));

        assertEquals(List.of(), content.errors());
        assertNull(content.rows().getFirst().content().method());
        assertNull(content.rows().getFirst().content().capacityPerYear());
    }

    @Test
    void namesEveryBadCellByRowAndColumn() {
        String bad = row("b", "halvt").replace(";7;12;", ";syv;12;").replace(";netvaerksgruppe;", ";kursus;");
        var content = read(HEADER + "\n" + row("a", "udkast") + "\n" + bad);

        assertEquals(List.of(
                new FieldError("række 3, alder_fra", "Skal være et helt tal, ikke 'syv'"),
                new FieldError("række 3, type", "Skal være en af: raadgivning, netvaerksgruppe, konsultativ-sparring, civilsamfund, mellemform"),
                new FieldError("række 3, status", "Skal være en af: udkast, offentliggjort, pause, udgaaet")), content.errors());
    }

    @Test
    void aRowWithTooManyCellsIsNamed() {
        var content = read(HEADER + "\n" + row("a", "udkast") + ";ekstra");

        assertEquals("række 2", content.errors().getFirst().field());
        assertTrue(content.rows().isEmpty());
    }

    @Test
    void aMissingOrUnknownColumnIsNamedInTheHeader() {
        var content = read(HEADER.replace("trin;", "trappe;") + "\n" + row("a", "udkast"));

        assertEquals(List.of(new FieldError("række 1", "Ukendt kolonne: 'trappe'"),
                new FieldError("række 1", "Mangler kolonnerne: trin")), content.errors());
    }

    @Test
    void anEmptyFileOrOneWithoutRowsSaysSo() {
        assertEquals("fil", read("").errors().getFirst().field());
        assertEquals("Filen indeholder ingen indsatser, kun overskrifterne", read(HEADER).errors().getFirst().message());
    }

    @Test
    void aBrokenQuoteIsAnErrorNotACrash() {
        var content = read(HEADER + "\n" + row("a", "udkast").replace("Cool Kids;", "\"Cool Kids;"));

        assertEquals("fil", content.errors().getFirst().field());
    }

    @Test
    void aFileWithMoreRowsThanTheCapIsRefusedUnread() {
        var content = InterventionCsv.read(HEADER + "\n" + row("a", "udkast") + "\n" + row("b", "udkast") + "\n"
                + row("c", "udkast"), 2);

        assertEquals(List.of(new FieldError("fil", "Filen har mere end 2 indsatser. Del den op i flere filer.")),
                content.errors());
        assertEquals(List.of(), content.rows());
    }

    @Test
    void aControlCharacterInACellNamesTheCell() {
        var content = read(HEADER + "\n" + row("a", "udkast").replace("Cool Kids;Et", "Cool\u0000Kids;Et"));

        assertEquals(List.of(new FieldError("række 2, navn", PlainText.MESSAGE)), content.errors());
    }
}
