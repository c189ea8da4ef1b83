package dk.rodtraad.catalogue.csv;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The file as bytes: its character set, its size, the errors it is told (the cells it writes: the chassis's ExcelCsvTest). */
class SpreadsheetTest {

    private static final long MAX_BYTES = 1024;

    @Test
    void readsUtf8AsUtf8() {
        var text = Spreadsheet.decode("navn\nÆblegrød på Ø".getBytes(StandardCharsets.UTF_8), MAX_BYTES);

        assertEquals(new Spreadsheet.Text("navn\nÆblegrød på Ø", "UTF-8"), text);
    }

    @Test
    void readsWhatADanishExcelSavesAsCsvAsWindows1252() {
        var text = Spreadsheet.decode("navn\nÆblegrød på Ø – “godt”".getBytes(Spreadsheet.WINDOWS_1252), MAX_BYTES);

        assertEquals(new Spreadsheet.Text("navn\nÆblegrød på Ø – “godt”", "Windows-1252"), text);
    }

    @Test
    void refusesUtf16AFileInNeitherAndOneTooLargeNamingTheFile() {
        assertRefused("Filen er gemt som UTF-16. ", "\uFEFFnavn".getBytes(StandardCharsets.UTF_16LE));
        assertRefused("Filen er hverken gemt som UTF-8 eller Windows-1252. ", new byte[] {'a', (byte) 0x81, 'b'});
        assertRefused("Filen fylder 0,0 MB, og højst 0,0 MB kan indlæses ad gangen. Del den op i flere filer.",
                new byte[(int) MAX_BYTES + 1]);
    }

    @Test
    void aRefusalTellsTheFirstErrorsAndHowManyMore() {
        var errors = IntStream.rangeClosed(1, 1234).mapToObj(i -> new FieldError("række " + i, "fejl")).toList();

        var told = Spreadsheet.atMost(errors, 100);

        assertEquals(101, told.size());
        assertEquals(errors.subList(0, 100), told.subList(0, 100));
        assertEquals(new FieldError("fil", "… og 1.134 fejl mere. Ret de viste, og indlæs filen igen for at se resten."),
                told.getLast());
    }

    private static void assertRefused(String messageStart, byte[] file) {
        var refused = assertThrows(InvalidInputException.class, () -> Spreadsheet.decode(file, MAX_BYTES));
        assertEquals("fil", refused.errors().getFirst().field());
        assertEquals(messageStart, refused.errors().getFirst().message().substring(0, messageStart.length()));
    }
}
