package dk.rodtraad.chassis.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The form of the spreadsheet files every service writes, so that a Danish Excel opens them as they are: {@code ;}
 * between cells (what a Danish Excel writes and reads), a line break of {@code \r\n} between rows, UTF-8 with a byte
 * order mark (without it Excel reads the file as Windows-1252), and no cell that a spreadsheet would run as a formula.
 */
public final class ExcelCsv {

    /** What a download of such a file is answered as. */
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    /** The cells and rows of such a file, for writing and for reading it back. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    /** The first characters of a cell a spreadsheet would take for a formula (OWASP's CSV injection list). */
    private static final String FORMULA_START = "=+-@\t\r";
    /** Put before such a cell on export, so the cell is text; {@link #fromText} takes it off again. */
    private static final char AS_TEXT = '\'';

    private ExcelCsv() {
    }

    /** The file: the byte order mark, the header row, then the rows, each cell {@link #asText made safe}. */
    public static String write(String[] header, List<List<String>> rows) {
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ExcelCsv::asText).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A cell a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}, a tab or
     * a carriage return first) gets a {@code '} in front, so Excel shows it as text (OWASP's advice against CSV
     * injection); {@link #fromText} takes it off again, so an exported file imports unchanged.
     */
    public static String asText(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? AS_TEXT + cell : cell;
    }

    public static String fromText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == AS_TEXT && FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
