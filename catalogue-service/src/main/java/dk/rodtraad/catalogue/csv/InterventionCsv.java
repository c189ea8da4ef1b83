package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.Coded;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.chassis.problem.InvalidValueException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue as the spreadsheet a municipality keeps: one intervention per row, {@code ;} between cells (what a
 * Danish Excel writes), lists inside a cell separated by {@code ", "}, codes or their Danish labels. Reading checks
 * the form of each cell; what the values mean is checked by {@link CsvImport}.
 */
public final class InterventionCsv {

    /** Excel opens a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    /** What a file holds: the rows that could be read, and every cell that could not. */
    public record Content(List<CsvRow> rows, List<FieldError> errors) {
    }

    public static Content read(String text) {
        String body = text == null ? "" : text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        try (CSVParser parser = FORMAT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(body))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return failed(new FieldError("fil", "Filen er tom. Første række skal være overskrifterne: "
                        + String.join(";", InterventionColumn.headers())));
            }
            Map<InterventionColumn, Integer> positions = new HashMap<>();
            List<FieldError> headerErrors = readHeader(records.getFirst(), positions);
            if (!headerErrors.isEmpty()) {
                return failed(headerErrors);
            }
            if (records.size() == 1) {
                return failed(new FieldError("fil", "Filen indeholder ingen indsatser, kun overskrifterne"));
            }
            var rows = new ArrayList<CsvRow>();
            var errors = new ArrayList<FieldError>();
            for (CSVRecord record : records.subList(1, records.size())) {
                new RowReader(lineOf(record), record, positions, errors).read().ifPresent(rows::add);
            }
            return new Content(rows, errors);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an I/O or state error: the file's form, not our failure
            return failed(new FieldError("fil", "Filen kan ikke læses som CSV: " + e.getMessage()));
        }
    }

    static String write(List<Intervention> interventions) {
        var out = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(InterventionColumn.headers()).get())) {
            for (Intervention intervention : interventions) {
                printer.printRecord(cells(intervention.content(), intervention.status));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> cells(InterventionContent content, InterventionStatus status) {
        return List.of(content.code(), content.name(), content.shortDescription(), content.longDescription(),
                String.valueOf(content.ageFromYears()), String.valueOf(content.ageToYears()), list(content.signs()),
                content.type().code(), content.preventionLevel().code(), String.valueOf(content.step()),
                content.department(), content.anchoring().code(), content.legalBasis(),
                Objects.requireNonNullElse(content.method(), ""), content.evidenceLevel().code(),
                list(content.competences()), content.capacityPerYear() == null ? "" : content.capacityPerYear().toString(),
                String.valueOf(content.waitingWeeks()), content.access().code(), content.contact(),
                list(content.locations()), status.code());
    }

    private static String list(List<String> values) {
        return String.join(InterventionColumn.LIST_SEPARATOR, values);
    }

    private static List<FieldError> readHeader(CSVRecord header, Map<InterventionColumn, Integer> positions) {
        var errors = new ArrayList<FieldError>();
        var byName = Arrays.stream(InterventionColumn.values()).collect(Collectors.toMap(c -> c.header, Function.identity()));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT);
            InterventionColumn column = byName.get(name);
            if (column == null) {
                errors.add(new FieldError("række 1", "Ukendt kolonne: '" + header.get(i) + "'"));
            } else if (positions.putIfAbsent(column, i) != null) {
                errors.add(new FieldError("række 1", "Kolonnen '" + name + "' står der to gange"));
            }
        }
        var missing = Arrays.stream(InterventionColumn.values()).filter(c -> !positions.containsKey(c)).map(c -> c.header).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("række 1", "Mangler kolonnerne: " + String.join(", ", missing)));
        }
        return errors;
    }

    /** The row number a spreadsheet shows, header included: records, not lines, as a cell may hold a line break. */
    private static int lineOf(CSVRecord record) {
        return (int) record.getRecordNumber();
    }

    private static Content failed(FieldError error) {
        return failed(List.of(error));
    }

    private static Content failed(List<FieldError> errors) {
        return new Content(List.of(), errors);
    }

    /**
     * Reads the cells of one row, noting each that has the wrong form. The row is kept even then, with a placeholder
     * in that cell, so the report can name the row's other errors too.
     */
    private static final class RowReader {

        private final int line;
        private final CSVRecord record;
        private final Map<InterventionColumn, Integer> positions;
        private final List<FieldError> errors;

        RowReader(int line, CSVRecord record, Map<InterventionColumn, Integer> positions, List<FieldError> errors) {
            this.line = line;
            this.record = record;
            this.positions = positions;
            this.errors = errors;
        }

        Optional<CsvRow> read() {
            if (record.size() != positions.size()) {
                errors.add(new FieldError("række " + line, "Rækken har " + record.size() + " celler, men der er "
                        + positions.size() + " kolonner. Tjek for et semikolon i en tekst uden anførselstegn."));
                return Optional.empty();
            }
            var content = new InterventionContent(text(InterventionColumn.KODE), text(InterventionColumn.NAVN),
                    text(InterventionColumn.KORT_BESKRIVELSE), text(InterventionColumn.LANG_BESKRIVELSE),
                    whole(InterventionColumn.ALDER_FRA), whole(InterventionColumn.ALDER_TIL), list(InterventionColumn.TEGN),
                    coded(InterventionColumn.TYPE, InterventionType.class),
                    coded(InterventionColumn.FOREBYGGELSESNIVEAU, PreventionLevel.class), whole(InterventionColumn.TRIN),
                    text(InterventionColumn.AFDELING), coded(InterventionColumn.FORANKRING, Anchoring.class),
                    text(InterventionColumn.LOVGRUNDLAG), optionalText(InterventionColumn.METODE),
                    coded(InterventionColumn.EVIDENSNIVEAU, EvidenceLevel.class), list(InterventionColumn.KOMPETENCER),
                    optionalWhole(InterventionColumn.KAPACITET), whole(InterventionColumn.VENTETID_UGER),
                    coded(InterventionColumn.ADGANG, Access.class), text(InterventionColumn.KONTAKT),
                    list(InterventionColumn.STEDER));
            return Optional.of(new CsvRow(line, content, coded(InterventionColumn.STATUS, InterventionStatus.class)));
        }

        private String text(InterventionColumn column) {
            return record.get(positions.get(column)).strip();
        }

        /** Null for a blank cell, as the catalogue stores "no named method". */
        private String optionalText(InterventionColumn column) {
            String value = text(column);
            return value.isEmpty() ? null : value;
        }

        private List<String> list(InterventionColumn column) {
            return Arrays.stream(text(column).split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
        }

        private int whole(InterventionColumn column) {
            String value = text(column);
            if (value.isEmpty()) {
                return fail(column, "Angiv et tal", 0);
            }
            Integer number = number(column, value);
            return number == null ? 0 : number;
        }

        private Integer optionalWhole(InterventionColumn column) {
            String value = text(column);
            return value.isEmpty() ? null : number(column, value);
        }

        private Integer number(InterventionColumn column, String value) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return fail(column, "Skal være et helt tal, ikke '" + value + "'", null);
            }
        }

        private <E extends Enum<E> & Coded> E coded(InterventionColumn column, Class<E> list) {
            try {
                return Coded.parse(list, text(column));
            } catch (InvalidValueException e) {
                return fail(column, e.getMessage(), null);
            }
        }

        private <T> T fail(InterventionColumn column, String message, T placeholder) {
            errors.add(new FieldError(CsvRow.cell(line, column), message));
            return placeholder;
        }
    }

    private InterventionCsv() {
    }
}
