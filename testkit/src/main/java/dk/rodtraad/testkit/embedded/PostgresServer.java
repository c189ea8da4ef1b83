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

    ProcessHandle start() {
        try {
            Files.createDirectories(log.getParent());
            if (!keepsData) {
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
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(url, "postgres", "postgres");
             var statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create role " + name + " login password '" + name + "'");
                statement.execute("create database " + name + " owner " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new Database(name, "127.0.0.1", port, name, name);
    }
}
