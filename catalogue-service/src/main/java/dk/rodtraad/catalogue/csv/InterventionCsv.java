package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.chassis.problem.InvalidValueException;
import dk.rodtraad.chassis.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dk.rodtraad.catalogue.csv.InterventionColumn.*;

/**
 * The catalogue as the spreadsheet a municipality keeps: one intervention per row, lists inside a cell separated by
 * {@code ", "}, codes or their Danish labels. Reading checks the form of each cell; what the values mean is checked
 * by {@link CsvImport}.
 */
public final class InterventionCsv {

    /** What a file holds: the rows that could be read, and every cell that could not. */
    public record Content(List<CsvRow> rows, List<FieldError> errors) {
    }

    /** @param maxRows the most interventions a file may hold; a larger one is refused unread */
    public static Content read(String text, int maxRows) {
        var sheet = Spreadsheet.read(text, InterventionColumn.class, "indsatser", maxRows);
        var errors = new ArrayList<>(sheet.errors());
        var rows = sheet.rows().stream().map(row -> new RowReader(row, errors).read()).toList();
        return new Content(rows, errors);
    }

    static String write(List<Intervention> interventions) {
        return Spreadsheet.write(InterventionColumn.class,
                interventions.stream().map(i -> cells(i.content(), i.status)).toList());
    }

    private static List<String> cells(InterventionContent content, InterventionStatus status) {
        return List.of(content.code(), content.name(), content.shortDescription(), content.longDescription(),
                String.valueOf(content.ageFromYears()), String.valueOf(content.ageToYears()),
                Spreadsheet.list(content.signs()), content.type().code(), content.preventionLevel().code(),
                String.valueOf(content.step()), content.department(), content.anchoring().code(), content.legalBasis(),
                Objects.requireNonNullElse(content.method(), ""), content.evidenceLevel().code(),
                Spreadsheet.list(content.competences()),
                content.capacityPerYear() == null ? "" : content.capacityPerYear().toString(),
                String.valueOf(content.waitingWeeks()), content.access().code(), content.contact(),
                Spreadsheet.list(content.locations()), status.code());
    }

    /**
     * Reads the cells of one row, noting each that has the wrong form. The row is kept even then, with a placeholder
     * in that cell, so the report can name the row's other errors too.
     */
    private record RowReader(Spreadsheet.Row<InterventionColumn> row, List<FieldError> errors) {

        CsvRow read() {
            var content = new InterventionContent(text(KODE), text(NAVN), text(KORT_BESKRIVELSE), text(LANG_BESKRIVELSE),
                    whole(ALDER_FRA), whole(ALDER_TIL), Spreadsheet.list(text(TEGN)), coded(TYPE, InterventionType.class),
                    coded(FOREBYGGELSESNIVEAU, PreventionLevel.class), whole(TRIN), text(AFDELING),
                    coded(FORANKRING, Anchoring.class), text(LOVGRUNDLAG), optionalText(METODE),
                    coded(EVIDENSNIVEAU, EvidenceLevel.class), Spreadsheet.list(text(KOMPETENCER)),
                    optionalWhole(KAPACITET), whole(VENTETID_UGER), coded(ADGANG, Access.class), text(KONTAKT),
                    Spreadsheet.list(text(STEDER)));
            return new CsvRow(row.line(), content, coded(STATUS, InterventionStatus.class));
        }

        private String text(InterventionColumn column) {
            return row.get(column);
        }

        /** Null for a blank cell, as the catalogue stores "no named method". */
        private String optionalText(InterventionColumn column) {
            String value = text(column);
            return value.isEmpty() ? null : value;
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
            errors.add(new FieldError(Spreadsheet.cell(row.line(), column), message));
            return placeholder;
        }
    }

    private InterventionCsv() {
    }
}
