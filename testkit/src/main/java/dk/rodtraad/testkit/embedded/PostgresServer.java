package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL 17 from the zonky embedded binaries: a real server process that keeps running after the JVM that
 * started it exits, stopped by the PID in its {@code postmaster.pid}.
 */
final class PostgresServer {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final boolean keepsData;

    PostgresServer(Path stateDir, int port, boolean keepsData) {
        this.dataDir = stateDir.resolve("postgres");
        this.log = stateDir.resolve("logs").resolve("postgres.log");
        this.port = port;
        this.keepsData = keepsData;
    }

    Optional<ProcessHandle> running() {
        return ManagedProcess.running(dataDir.resolve("postmaster.pid")).filter(p -> Readiness.portOpen(port));
    }

    /** @param fresh whether to begin with an empty data directory (unless this server keeps its data) */
    ProcessHandle start(boolean fresh) {
        try {
            Files.createDirectories(log.getParent());
            if (fresh && !keepsData) {
                KafkaBroker.deleteTree(dataDir);
            }
            // zonky waits until the server accepts connections; its own shutdown hook is off because this server
            // must outlive a command-line JVM, and whoever owns it stops it by PID.
            EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + "\n"
                    + ManagedProcess.tail(log, 30), e);
        }
        return running().orElseThrow(() -> new IllegalStateException("PostgreSQL started but is not running"));
    }

    /** Fast shutdown (SIGINT): SIGTERM would wait for the services' pooled connections to close. */
    void stop() {
        running().ifPresent(postmaster -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            } catch (IOException e) {
                postmaster.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Readiness.await(() -> !postmaster.isAlive(), Duration.ofSeconds(20), null);
            if (postmaster.isAlive()) {
                ManagedProcess.stop(postmaster, Duration.ofSeconds(1));
            }
        });
    }

    Database database(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        String owner = name + "_owner";
        try (var connection = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             var statement = connection.createStatement()) {
            createLoginIfMissing(statement, owner);
            createLoginIfMissing(statement, name);
            String currentOwner = null;
            try (var rows = statement.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = '"
                    + name + "'")) {
                if (rows.next()) {
                    currentOwner = rows.getString(1);
                }
            }
            if (currentOwner == null) {
                statement.execute("create database " + name + " owner " + owner);
            } else if (!currentOwner.equals(owner)) {
                takeOverFromOldLayout(name, currentOwner, owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new Database(name, "127.0.0.1", port, name, name, owner, owner);
    }

    /**
     * Data from before the two logins: the service's own login owns the database and its tables. As superuser, hand
     * all of it to the owner login; the next start's migrations then grant the runtime login its rights.
     */
    private void takeOverFromOldLayout(String name, String oldOwner, String owner) throws SQLException {
        System.out.printf("Database %s is from before the owner login (its tables belong to %s): giving them to %s. "
                + "/ Databasen %s er fra før ejer-login'et: tabellerne overdrages til %s.%n",
                name, oldOwner, owner, name, owner);
        try (var connection = DriverManager.getConnection(url(name), "postgres", "postgres");
             var statement = connection.createStatement()) {
            statement.execute("reassign owned by " + oldOwner + " to " + owner);
            statement.execute("alter database " + name + " owner to " + owner);
        }
    }

    private static void createLoginIfMissing(java.sql.Statement statement, String login) throws SQLException {
        boolean exists;
        try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + login + "'")) {
            exists = rows.next();
        }
        if (!exists) {
            statement.execute("create role " + login + " login password '" + login + "'");
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
