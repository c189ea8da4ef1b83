package dk.rodtraad.catalogue.csv;

import dk.rodtraad.chassis.problem.Problem.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * The form of the files a municipality keeps in a spreadsheet: {@code ;} between cells (what a Danish Excel writes
 * and reads), a header row naming the columns in any order, UTF-8 with a byte order mark so Excel reads it as UTF-8.
 * What the cells mean is the business of each file's own reader.
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

    static final String BYTE_ORDER_MARK = "\uFEFF";
    /** Separates the values of a list inside one cell. */
    static final String LIST_SEPARATOR = ", ";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    /** @param rowsHold what the rows are, for the message about a file without any, e.g. "indsatser" */
    static <C extends Enum<C> & Column> Sheet<C> read(String text, Class<C> columns, String rowsHold) {
        String body = text == null ? "" : text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        try (CSVParser parser = FORMAT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            List<CSVRecord> records = parser.getRecords();
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
                rowOf(record, positions, columns).ifPresentOrElse(rows::add, () -> errors.add(new FieldError(
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
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(headers(columns)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
        positions.forEach((column, position) -> cells.put(column, record.get(position).strip()));
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
