package dk.rodtraad.bench;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackCpu;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * How many concerns a second concern-service records with {@link #CLIENTS} clients sending as fast as they are
 * answered (each concern about a new child, as the issue measured it), and what each cost its database.
 */
final class Ingest {

    static final int CLIENTS = 8;
    /**
     * PostgreSQL counts a backend's statistics into {@code pg_stat_database} when it goes idle, at most once a second
     * and at the latest after ten seconds of idling: the counters are read after this long without load.
     */
    private static final Duration STATISTICS_SETTLE = Duration.ofSeconds(11);
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(30);

    /**
     * @param meanwhile how busy concern-service's JIT compiler was while the ingest was measured, and where the
     *                  stack's CPU went
     */
    record Result(Load.Result load, StatementMix mix, String meanwhile) {
    }

    static Result run(BenchSystem bench, Load load, Duration warmUp, Duration duration) throws SQLException {
        String token = bench.token(StackConfig.CONCERN, DemoUsers.HANNE);
        // The warm-up (the JIT, the pools), whose concerns the counters do not include; in slices whose figures are
        // printed, so the log shows when the service has settled.
        for (Duration left = warmUp; left.isPositive(); left = left.minus(WARM_UP_SLICE)) {
            var slice = load.closed(CLIENTS, left.compareTo(WARM_UP_SLICE) < 0 ? left : WARM_UP_SLICE,
                    i -> bench.concern(token, DemoUsers.HANNE, bench.newChild()), 201);
            System.out.printf(Locale.ROOT, "  warming up: %s concerns/s, p50 %s ms, p99 %s ms, %d refused%n",
                    Goal.number(slice.perSecond()), Goal.number(slice.millis(50)), Goal.number(slice.millis(99)),
                    slice.failed());
        }
        BenchSystem.sleep(STATISTICS_SETTLE);
        long[] before = counters(bench);
        var jit = JitCompiler.watch(bench.system().service(StackConfig.CONCERN));
        var cpu = StackCpu.of(bench.system());
        var result = load.closed(CLIENTS, duration, i -> bench.concern(token, DemoUsers.HANNE, bench.newChild()), 201);
        String meanwhile = jit.note(StackConfig.CONCERN) + "; " + StackCpu.of(bench.system()).noteSince(cpu);
        BenchSystem.sleep(STATISTICS_SETTLE);
        long[] after = counters(bench);
        return new Result(result, StatementMix.of(result.succeeded(), after[0] - before[0], after[1] - before[1],
                after[2] - before[2]), meanwhile);
    }

    /** Rows inserted, rows updated, transactions committed in concern-service's database so far. */
    private static long[] counters(BenchSystem bench) throws SQLException {
        try (var connection = bench.database(StackConfig.CONCERN); var statement = connection.createStatement();
                var rows = statement.executeQuery("select tup_inserted, tup_updated, xact_commit from pg_stat_database "
                        + "where datname = current_database()")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
        }
    }

    private Ingest() {
    }
}
