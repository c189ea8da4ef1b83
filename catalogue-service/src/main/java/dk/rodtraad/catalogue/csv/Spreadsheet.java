package dk.rodtraad.catalogue.csv;

import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.chassis.input.PlainText;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The files a municipality keeps in a spreadsheet, in the chassis's {@link ExcelCsv} form, with a header row naming
 * the columns in any order; read back from UTF-8 or what a Danish Excel saves. What the cells mean is the business of
 * each file's own reader.
 */
final class Spreadsheet {

    /** A column of one kind of file, named by its header. */
    interface Column {
        String header();
    }

    /** One data row, by column. @param line the row number a spreadsheet shows: the header is row 1 */
    record Row<C extends Enum<C> & Column>(int line, Map<C, String> cells) {
        String get(C column) {
            return cells.get(column);
        }
    }

    /** What a file holds: its rows, and what is wrong with its form. */
    record Sheet<C extends Enum<C> & Column>(List<Row<C>> rows, List<FieldError> errors) {
    }

    /** A file's text, and the character set it was read in: {@code UTF-8} or {@code Windows-1252}. */
    record Text(String text, String readAs) {
    }

    /** What a Danish Excel writes as "CSV (semikolonsepareret)"; its "CSV UTF-8" and our export are UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Separates the values of a list inside one cell. */
    static final String LIST_SEPARATOR = ", ";

    private static final Locale DANISH = Locale.of("da");

    /**
     * Reads a file's bytes as text: UTF-8 when they are UTF-8, else Windows-1252, both strictly, so a UTF-8 file is
     * never misread and nothing becomes a replacement character. A file larger than {@code maxBytes}, one in UTF-16
     * and one in neither is refused, naming the file.
     */
    static Text decode(byte[] file, long maxBytes) {
        if (file.length > maxBytes) {
            throw new InvalidInputException("fil", "Filen fylder " + megabytes(file.length) + ", og højst "
                    + megabytes(maxBytes) + " kan indlæses ad gangen. Del den op i flere filer.");
        }
        if (file.length >= 2 && ((file[0] == (byte) 0xFF && file[1] == (byte) 0xFE)
                || (file[0] == (byte) 0xFE && file[1] == (byte) 0xFF))) {
            throw new InvalidInputException("fil", "Filen er gemt som UTF-16. " + SAVE_AS);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1252)) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
                return new Text(text, charset == WINDOWS_1252 ? "Windows-1252" : "UTF-8");
            } catch (CharacterCodingException e) {
                // not in this character set: try the next
            }
        }
        throw new InvalidInputException("fil", "Filen er hverken gemt som UTF-8 eller Windows-1252. " + SAVE_AS);
    }

    private static final String SAVE_AS = "Gem den i Excel som \"CSV UTF-8 (kommasepareret)\" eller "
            + "\"CSV (semikolonsepareret)\", og prøv igen.";

    /**
     * @param rowsHold what the rows are, for the message about a file without any, e.g. "indsatser"
     * @param maxRows  the most rows a file may have besides the header; a larger one is refused unread
     */
    static <C extends Enum<C> & Column> Sheet<C> read(String text, Class<C> columns, String rowsHold, int maxRows) {
        String body = text == null ? "" : text.startsWith(ExcelCsv.BYTE_ORDER_MARK) ? text.substring(1) : text;
        try (CSVParser parser = ExcelCsv.FORMAT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            var records = new ArrayList<CSVRecord>();
            for (CSVRecord record : parser) {
                if (records.size() > maxRows) {
                    return failed(List.of(new FieldError("fil", "Filen har mere end " + maxRows + " " + rowsHold
                            + ". Del den op i flere filer.")));
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                return failed(List.of(new FieldError("fil", "Filen er tom. Første række skal være overskrifterne: "
                        + String.join(";", headers(columns)))));
            }
            Map<C, Integer> positions = new EnumMap<>(columns);
            List<FieldError> headerErrors = readHeader(records.getFirst(), columns, positions);
            if (!headerErrors.isEmpty()) {
                return failed(headerErrors);
            }
            if (records.size() == 1) {
                return failed(List.of(new FieldError("fil", "Filen indeholder ingen " + rowsHold + ", kun overskrifterne")));
            }
            var rows = new ArrayList<Row<C>>();
            var errors = new ArrayList<FieldError>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rowOf(record, positions, columns).ifPresentOrElse(row -> {
                    rows.add(row);
                    row.cells().forEach((column, cell) -> {
                        if (!PlainText.isPlain(cell)) {
                            errors.add(new FieldError(cell(row.line(), column), PlainText.MESSAGE));
                        }
                    });
                }, () -> errors.add(new FieldError(
                        "række " + record.getRecordNumber(), "Rækken har " + record.size() + " celler, men der er "
                        + positions.size() + " kolonner. Tjek for et semikolon i en tekst uden anførselstegn.")));
            }
            return new Sheet<>(rows, errors);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an I/O or state error: the file's form, not our failure
            return failed(List.of(new FieldError("fil", "Filen kan ikke læses som CSV: " + e.getMessage())));
        }
    }

    static <C extends Enum<C> & Column> String write(Class<C> columns, List<List<String>> rows) {
        return ExcelCsv.write(headers(columns), rows);
    }

    /** The first {@code max} errors, and then how many more there are: a file can hold thousands. */
    static List<FieldError> atMost(List<FieldError> errors, int max) {
        return Problem.atMost(errors, max, "fil", "Ret de viste, og indlæs filen igen for at se resten.");
    }

    private static String megabytes(long bytes) {
        return String.format(DANISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static <C extends Enum<C> & Column> String[] headers(Class<C> columns) {
        return Arrays.stream(columns.getEnumConstants()).map(Column::header).toArray(String[]::new);
    }

    static String list(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** How an error names a cell: {@code række 7, tegn}. */
    static String cell(int line, Column column) {
        return "række " + line + ", " + column.header();
    }

    /**
     * The row's cells, stripped; empty when it has another number of cells than the header. The row number is the
     * record's: a cell with a line break is still one row in the spreadsheet.
     */
    private static <C extends Enum<C> & Column> Optional<Row<C>> rowOf(CSVRecord record, Map<C, Integer> positions,
            Class<C> columns) {
        if (record.size() != positions.size()) {
            return Optional.empty();
        }
        Map<C, String> cells = new EnumMap<>(columns);
        positions.forEach((column, position) -> cells.put(column, ExcelCsv.fromText(record.get(position).strip())));
        return Optional.of(new Row<>((int) record.getRecordNumber(), cells));
    }

    private static <C extends Enum<C> & Column> List<FieldError> readHeader(CSVRecord header, Class<C> columns,
            Map<C, Integer> positions) {
        var errors = new ArrayList<FieldError>();
        var byName = Arrays.stream(columns.getEnumConstants()).collect(Collectors.toMap(Column::header, Function.identity()));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            C column = byName.get(name);
            if (column == null) {
                errors.add(new FieldError("række 1", "Ukendt kolonne: '" + header.get(i) + "'"));
            } else if (positions.putIfAbsent(column, i) != null) {
                errors.add(new FieldError("række 1", "Kolonnen '" + name + "' står der to gange"));
            }
        }
        var missing = Arrays.stream(columns.getEnumConstants()).filter(c -> !positions.containsKey(c)).map(Column::header).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("række 1", "Mangler kolonnerne: " + String.join(", ", missing)));
        }
        return errors;
    }

    private static <C extends Enum<C> & Column> Sheet<C> failed(List<FieldError> errors) {
        return new Sheet<>(List.of(), errors);
    }

    private Spreadsheet() {
    }
}
