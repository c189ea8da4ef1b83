package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.competence.Competences;
import dk.rodtraad.catalogue.csv.ImportReport.RowOutcome;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionRules;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the catalogue's spreadsheets. The interventions: each row creates the intervention its code names, or brings the existing one
 * to what the row says, content and status. All or nothing: the whole file is checked first, and a file with one bad
 * cell stores nothing and gets a report naming every bad row, column and reason.
 */
@ApplicationScoped
public class CsvImport {

    private final Interventions interventions;
    private final Competences competences;
    private final SharedLanguage language;
    private final Validator validator;
    private final long maxBytes;
    private final int maxRows;
    private final int maxErrors;

    /**
     * @param maxBytes  the largest file read ({@code rodtraad.catalogue.import.max-bytes})
     * @param maxRows   the most rows a file may have besides its header ({@code rodtraad.catalogue.import.max-rows})
     * @param maxErrors the most errors a refusal lists, then how many more there are
     *                  ({@code rodtraad.catalogue.import.max-errors})
     */
    public CsvImport(Interventions interventions, Competences competences, SharedLanguage language, Validator validator,
            @ConfigProperty(name = "rodtraad.catalogue.import.max-bytes") MemorySize maxBytes,
            @ConfigProperty(name = "rodtraad.catalogue.import.max-rows") int maxRows,
            @ConfigProperty(name = "rodtraad.catalogue.import.max-errors") int maxErrors) {
        this.interventions = interventions;
        this.competences = competences;
        this.language = language;
        this.validator = validator;
        this.maxBytes = maxBytes.asLongValue();
        this.maxRows = maxRows;
        this.maxErrors = maxErrors;
    }

    /** Replaces the competence overview with the file's, all or nothing. */
    public Uni<Integer> importCompetences(byte[] bytes) {
        return Uni.createFrom().item(() -> CompetenceCsv.read(Spreadsheet.decode(bytes, maxBytes).text(), validator, maxRows))
                .chain(file -> file.errors().isEmpty() ? competences.replaceAll(file.entries()).map(List::size)
                        : Uni.createFrom().failure(new InvalidInputException(Spreadsheet.atMost(file.errors(), maxErrors))));
    }

    @WithTransaction
    public Uni<ImportReport> importFile(byte[] bytes, String editor) {
        return Uni.createFrom().item(() -> Spreadsheet.decode(bytes, maxBytes))
                .chain(text -> importRows(InterventionCsv.read(text.text(), maxRows), editor)
                        .map(rows -> ImportReport.of(rows, text.readAs())));
    }

    private Uni<List<RowOutcome>> importRows(InterventionCsv.Content file, String editor) {
        List<String> codes = file.rows().stream().map(row -> row.content().code()).toList();
        return language.currentSigns()
                .chain(signs -> Intervention.byCodes(codes).map(existing -> {
                    var byCode = existing.stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
                    requireSound(file, signs.keySet(), byCode);
                    return byCode;
                }))
                .chain(byCode -> Multi.createFrom().iterable(file.rows())
                        .onItem().transformToUniAndConcatenate(row -> apply(row, byCode.get(row.content().code()), editor))
                        .collect().asList());
    }

    /** Every error of the file, at most one per cell (the first found: a cell that cannot be read has no meaning to check). */
    private void requireSound(InterventionCsv.Content file, Set<String> knownSigns, Map<String, Intervention> existing) {
        var errors = new LinkedHashMap<String, String>();
        file.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        var seenCodes = new HashMap<String, Integer>();
        for (CsvRow row : file.rows()) {
            for (ConstraintViolation<?> violation : validator.validate(row.content())) {
                note(errors, row, violation.getPropertyPath().toString(), violation.getMessage());
            }
            InterventionRules.check(row.content(), knownSigns).forEach(error -> note(errors, row, error.field(), error.message()));
            Integer earlier = seenCodes.putIfAbsent(row.content().code(), row.line());
            if (earlier != null) {
                errors.putIfAbsent(Spreadsheet.cell(row.line(), InterventionColumn.KODE), "Koden står også i række " + earlier);
            }
            Intervention current = existing.get(row.content().code());
            if (current != null && row.status() != null) {
                checkChange(row, current).ifPresent(message -> errors.putIfAbsent(
                        Spreadsheet.cell(row.line(), InterventionColumn.STATUS), message));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Spreadsheet.atMost(errors.entrySet().stream()
                    .map(error -> new FieldError(error.getKey(), error.getValue())).toList(), maxErrors));
        }
    }

    private static Optional<String> checkChange(CsvRow row, Intervention current) {
        if (current.status == InterventionStatus.RETIRED && !current.content().equals(row.content())) {
            return Optional.of("Indsatsen er udgået og kan ikke ændres");
        }
        if (current.status.stepsTo(row.status()).isEmpty()) {
            return Optional.of("En indsats med status '" + current.status.label() + "' kan ikke få status '"
                    + row.status().label() + "'");
        }
        return Optional.empty();
    }

    private static void note(Map<String, String> errors, CsvRow row, String path, String message) {
        InterventionColumn column = InterventionColumn.ofField(path).orElse(InterventionColumn.KODE);
        errors.putIfAbsent(Spreadsheet.cell(row.line(), column), message);
    }

    private Uni<RowOutcome> apply(CsvRow row, Intervention current, String editor) {
        if (current == null) {
            return interventions.create(row.content(), editor)
                    .chain(created -> moveTo(created, row.status(), editor))
                    .map(done -> new RowOutcome(row.line(), row.content().code(), ImportReport.CREATED));
        }
        boolean contentChanged = !current.content().equals(row.content());
        if (!contentChanged && current.status == row.status()) {
            return Uni.createFrom().item(new RowOutcome(row.line(), row.content().code(), ImportReport.UNCHANGED));
        }
        Uni<Intervention> edited = contentChanged
                ? interventions.edit(current.id, current.lockVersion, row.content(), editor)
                : Uni.createFrom().item(current);
        return edited.chain(intervention -> moveTo(intervention, row.status(), editor))
                .map(done -> new RowOutcome(row.line(), row.content().code(), ImportReport.CHANGED));
    }

    private Uni<Intervention> moveTo(Intervention intervention, InterventionStatus wanted, String editor) {
        Uni<Intervention> moved = Uni.createFrom().item(intervention);
        for (InterventionStatus step : intervention.status.stepsTo(wanted).orElseThrow()) {
            moved = moved.chain(current -> interventions.changeStatus(current.id, current.lockVersion, step, editor));
        }
        return moved;
    }
}
