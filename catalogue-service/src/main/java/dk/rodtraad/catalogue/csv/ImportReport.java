package dk.rodtraad.catalogue.csv;

import java.util.List;

/**
 * What an import did, row by row.
 *
 * @param readAs the character set the file was read in: {@code UTF-8}, or {@code Windows-1252} for what a Danish
 *               Excel saves as "CSV (semikolonsepareret)"
 */
public record ImportReport(long created, long changed, long unchanged, List<RowOutcome> rows, String readAs) {

    /** @param outcome oprettet, ændret or uændret */
    public record RowOutcome(int row, String code, String outcome) {
    }

    static ImportReport of(List<RowOutcome> rows, String readAs) {
        return new ImportReport(count(rows, CREATED), count(rows, CHANGED), count(rows, UNCHANGED), rows, readAs);
    }

    static final String CREATED = "oprettet";
    static final String CHANGED = "ændret";
    static final String UNCHANGED = "uændret";

    private static long count(List<RowOutcome> rows, String outcome) {
        return rows.stream().filter(row -> row.outcome().equals(outcome)).count();
    }
}
