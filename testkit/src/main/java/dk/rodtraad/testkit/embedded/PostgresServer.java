package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.ServiceDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;

/**
 * PostgreSQL 17 from the zonky embedded binaries: a real server process that keeps running after the JVM that
 * started it exits, stopped by the PID in its {@code postmaster.pid}.
 */
final class PostgresServer {

    private static final String SUPERUSER = "postgres";
    /** Demo only, like every password of the local stack; the server listens on loopback alone. */
    private static final String SUPERUSER_PASSWORD = "postgres";

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
            // The local stack keeps its data, so it writes it durably (zonky's defaults trade that for speed, which
            // suits a test database that is thrown away).
            String durable = keepsData ? "on" : "off";
            EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky checks readiness as the superuser; once passwords are required it needs this one.
                    .setConnectConfig("password", SUPERUSER_PASSWORD)
                    .setPGStartupWait(Readiness.deadline())
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            requirePasswords();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + "\n"
                    + ManagedProcess.tail(log, 30), e);
        }
        return running().orElseThrow(() -> new IllegalStateException("PostgreSQL started but is not running"));
    }

    /**
     * zonky's initdb lets every local login in without a password ({@code trust}). Give the superuser its password,
     * then let nobody in without one (SCRAM), and reload. Harmless on a server that requires them already.
     */
    private void requirePasswords() throws IOException {
        try (var connection = DriverManager.getConnection(url("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("alter role " + SUPERUSER + " password '" + SUPERUSER_PASSWORD + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    # Written by Rød Tråd's testkit at every start: every login needs its password (SCRAM), over
                    # loopback only.
                    local all all scram-sha-256
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot require passwords on PostgreSQL at port " + port, e);
        }
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

    /**
     * Drops every database but PostgreSQL's own, closing their connections: the server then holds no data of an
     * earlier test JVM, and {@link #database} creates each anew. The logins stay (they own nothing any more).
     */
    void dropDatabases() {
        try (var connection = DriverManager.getConnection(url("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
             var statement = connection.createStatement()) {
            var names = new ArrayList<String>();
            try (var rows = statement.executeQuery(
                    "select datname from pg_database where not datistemplate and datname <> 'postgres'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                statement.execute("drop database \"" + name + "\" with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the databases of an earlier test JVM", e);
        }
    }

    Database database(String name) {
        try (var connection = DriverManager.getConnection(url("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
             var statement = connection.createStatement()) {
            var oldOwner = ServiceDatabases.ensure(statement, name);
            if (oldOwner.isPresent()) {
                takeOverFromOldLayout(name, oldOwner.get(), ServiceDatabases.owner(name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return ServiceDatabases.database(name, "127.0.0.1", port);
    }

    /**
     * Data from before the two logins: the service's own login owns the database and its tables. As superuser, hand
     * all of it to the owner login; the next start's migrations then grant the runtime login its rights.
     */
    private void takeOverFromOldLayout(String name, String oldOwner, String owner) throws SQLException {
        System.out.printf("Database %s is from before the owner login (its tables belong to %s): giving them to %s. "
                + "/ Databasen %s er fra før ejer-login'et: tabellerne overdrages til %s.%n",
                name, oldOwner, owner, name, owner);
        try (var connection = DriverManager.getConnection(url(name), SUPERUSER, SUPERUSER_PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("reassign owned by " + oldOwner + " to " + owner);
            statement.execute("alter database " + name + " owner to " + owner);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
