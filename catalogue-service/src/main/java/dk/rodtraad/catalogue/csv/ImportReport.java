package dk.rodtraad.catalogue.csv;

import java.util.List;

/** What an import did, row by row. */
public record ImportReport(long created, long changed, long unchanged, List<RowOutcome> rows) {

    /** @param outcome oprettet, ændret or uændret */
    public record RowOutcome(int row, String code, String outcome) {
    }

    static ImportReport of(List<RowOutcome> rows) {
        return new ImportReport(count(rows, CREATED), count(rows, CHANGED), count(rows, UNCHANGED), rows);
    }

    static final String CREATED = "oprettet";
    static final String CHANGED = "ændret";
    static final String UNCHANGED = "uændret";

    private static long count(List<RowOutcome> rows, String outcome) {
        return rows.stream().filter(row -> row.outcome().equals(outcome)).count();
    }
}
