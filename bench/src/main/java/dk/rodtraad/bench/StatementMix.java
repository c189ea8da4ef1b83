package dk.rodtraad.bench;

/**
 * What recording one concern costs the concern database on average — rows inserted, rows updated, transactions
 * committed — from PostgreSQL's own counters ({@code pg_stat_database}) before and after the ingest, so the raw
 * baseline runs the same mix per unit of work. Reads are not counted: the baseline is writes only.
 */
record StatementMix(double inserts, double updates, double commits) {

    /** The per-concern mix from the counters' growth over {@code concerns} concerns. */
    static StatementMix of(long concerns, long inserted, long updated, long committed) {
        return new StatementMix((double) inserted / concerns, (double) updated / concerns, (double) committed / concerns);
    }

    /**
     * How many of something unit {@code unit} gets when units get {@code perUnit} on average: whole numbers whose
     * running total follows {@code perUnit × units}, so 8.7 inserts a unit come as 8, 9, 9, 8, 9, ...
     */
    static int share(double perUnit, long unit) {
        return (int) (Math.floor((unit + 1) * perUnit) - Math.floor(unit * perUnit));
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%.1f inserts, %.1f updates, %.1f commits", inserts, updates, commits);
    }
}
