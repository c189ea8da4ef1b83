package dk.rodtraad.bench;

import dk.rodtraad.testkit.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw PostgreSQL on the bench's server over JDBC: {@code clients} connections, each doing units of work with the
 * statement mix of recording a concern (inserts of ≈ 1 KB JSON rows, updates of a row just inserted, commits), as
 * fast as it can. The rate is units a second: the most concerns a second PostgreSQL alone would take.
 */
final class PostgresBaseline {

    private static final String PAYLOAD = "{\"text\": \"" + "x".repeat(1000) + "\"}";

    private final Database database;

    PostgresBaseline(Database database) {
        this.database = database;
    }

    double unitsPerSecond(StatementMix mix, int clients, Duration duration) throws SQLException {
        try (var connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists bench_row (
                        id bigint generated always as identity primary key,
                        key uuid not null,
                        payload jsonb not null,
                        created_at timestamptz not null default now(),
                        updated_at timestamptz)""");
        }
        var units = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    work(mix, units, end);
                    return null;
                });
            }
        }
        return units.get() / ((System.nanoTime() - start) / 1e9);
    }

    private void work(StatementMix mix, AtomicLong units, long end) throws SQLException {
        try (var connection = connect();
                var insert = connection.prepareStatement("insert into bench_row (key, payload) values (?, ?::jsonb)",
                        Statement.RETURN_GENERATED_KEYS);
                var update = connection.prepareStatement("update bench_row set updated_at = now() where id = ?")) {
            connection.setAutoCommit(false);
            // Each connection follows the mix on its own, so their units never share a number.
            for (long unit = 0; System.nanoTime() < end; unit++) {
                unitOfWork(connection, insert, update, StatementMix.share(mix.inserts(), unit),
                        StatementMix.share(mix.updates(), unit), Math.max(1, StatementMix.share(mix.commits(), unit)));
                units.incrementAndGet();
            }
        }
    }

    /** The inserts and updates spread over {@code commits} transactions, each update on the row inserted last. */
    private static void unitOfWork(Connection connection, PreparedStatement insert, PreparedStatement update, int inserts,
            int updates, int commits) throws SQLException {
        long lastId = 0;
        for (int t = 0; t < commits; t++) {
            for (int i = t; i < inserts; i += commits) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, PAYLOAD);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    lastId = keys.getLong(1);
                }
            }
            for (int u = t; u < updates; u += commits) {
                update.setLong(1, lastId);
                update.executeUpdate();
            }
            connection.commit();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
    }
}
