package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.competence.Competence;
import dk.rodtraad.catalogue.competence.CompetenceEntry;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import static dk.rodtraad.catalogue.csv.CompetenceColumn.*;

/** The competence overview as a spreadsheet: {@code metode;enhed;medarbejdere;kontakt}, one method of one unit per row. */
final class CompetenceCsv {

    /** The entries of a sound file, or every error of a bad one. */
    record Content(List<CompetenceEntry> entries, List<FieldError> errors) {
    }

    static Content read(String text, Validator validator, int maxRows) {
        var sheet = Spreadsheet.read(text, CompetenceColumn.class, "kompetencer", maxRows);
        var errors = new ArrayList<>(sheet.errors());
        var entries = new ArrayList<CompetenceEntry>();
        var firstRowOf = new HashMap<String, Integer>();
        for (var row : sheet.rows()) {
            Integer staff = staffCount(row, errors);
            var entry = new CompetenceEntry(row.get(METODE), row.get(ENHED), staff == null ? 0 : staff, row.get(KONTAKT));
            for (ConstraintViolation<CompetenceEntry> violation : validator.validate(entry)) {
                errors.add(new FieldError(Spreadsheet.cell(row.line(), columnOf(violation)), violation.getMessage()));
            }
            String key = entry.method().toLowerCase(Locale.ROOT) + "/" + entry.unit().toLowerCase(Locale.ROOT);
            Integer earlier = firstRowOf.putIfAbsent(key, row.line());
            if (earlier != null) {
                errors.add(new FieldError(Spreadsheet.cell(row.line(), METODE), "Metoden står allerede for enheden i række " + earlier));
            }
            entries.add(entry);
        }
        return new Content(entries, errors);
    }

    static String write(List<Competence> competences) {
        return Spreadsheet.write(CompetenceColumn.class, competences.stream()
                .map(c -> List.of(c.method, c.unit, String.valueOf(c.staffCount), c.contact)).toList());
    }

    private static Integer staffCount(Spreadsheet.Row<CompetenceColumn> row, List<FieldError> errors) {
        try {
            return Integer.valueOf(row.get(MEDARBEJDERE));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(Spreadsheet.cell(row.line(), MEDARBEJDERE), "Skal være et helt tal, ikke '"
                    + row.get(MEDARBEJDERE) + "'"));
            return null;
        }
    }

    private static CompetenceColumn columnOf(ConstraintViolation<CompetenceEntry> violation) {
        return switch (violation.getPropertyPath().toString()) {
            case "method" -> METODE;
            case "unit" -> ENHED;
            case "staffCount" -> MEDARBEJDERE;
            default -> KONTAKT;
        };
    }

    private CompetenceCsv() {
    }
}
