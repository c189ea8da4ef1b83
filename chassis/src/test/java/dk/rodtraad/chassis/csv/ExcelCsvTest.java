package dk.rodtraad.chassis.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The spreadsheet file a Danish Excel opens as it is. */
class ExcelCsvTest {

    @Test
    void aFileIsUtf8WithAByteOrderMarkSemicolonsAndCrlf() {
        String file = ExcelCsv.write(new String[] {"navn", "antal"}, List.of(List.of("Æblegrød; på Ø", "3")));
        assertEquals("\uFEFFnavn;antal\r\n\"Æblegrød; på Ø\";3\r\n", file);
    }

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsTextAndReadBackUnchanged() {
        for (String cell : List.of("=HYPERLINK(\"http://x\")", "+45 70 20 30 40", "-2", "@SUM(A1)", "\tfane", "\rcr")) {
            assertEquals("'" + cell, ExcelCsv.asText(cell));
            assertEquals(cell, ExcelCsv.fromText(ExcelCsv.asText(cell)));
        }
        assertEquals("Cool Kids", ExcelCsv.asText("Cool Kids"));
        assertEquals("'ikke en formel", ExcelCsv.fromText("'ikke en formel"));
        assertEquals("\uFEFFa\r\n'=1+1\r\n", ExcelCsv.write(new String[] {"a"}, List.of(List.of("=1+1"))));
    }
}
