package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackConfig.Lifetime;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * PostgreSQL, Kafka and Keycloak as real processes on loopback, without a container engine (ADR 0002). A server
 * already running in the same state directory is reused and left running (a Keycloak gets the repository's themes
 * copied in; one serving an older realm than the repository's is restarted); what this instance starts, it stops —
 * at {@link #close()}, or, for a test stack, when the JVM exits. The local stack's servers outlive the command that
 * started them, and so do those of a test stack shared by a build ({@link Lifetime#BUILD}, ADR 0033), whose every
 * start empties the servers it reuses: no database and no topic of an earlier test JVM is left.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private final StackConfig config;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    /** How to stop what this instance started, in the order it started; written from two threads during start. */
    private final List<Runnable> ownedStops = new CopyOnWriteArrayList<>();
    private Thread shutdownHook;

    public EmbeddedInfrastructure(StackConfig config) {
        this.config = config;
        this.postgres = new PostgresServer(config.stateDir(), config.postgresPort(), config.keepsData());
        this.kafka = new KafkaBroker(config.root(), config.stateDir(), config.kafkaPort(), config.kafkaControllerPort());
        this.keycloak = new KeycloakServer(config.root(), config.stateDir(), config.keycloakPort(),
                config.keycloakManagementPort());
    }

    @Override
    public synchronized void start() {
        if (shutdownHook == null && config.lifetime() == Lifetime.JVM) {
            shutdownHook = new Thread(this::stopOwned, "rodtraad-infrastructure-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        // Keycloak takes longest: it starts beside the other two.
        var keycloakStarted = CompletableFuture.runAsync(() -> {
            boolean running = keycloak.running().isPresent();
            if (running && !keycloak.hasCurrentRealm()) {
                // Its realm is older than the repository's and Keycloak reads the realm only at start. Its data is
                // in memory, so a restart loses nothing but sessions.
                keycloak.stop();
                running = false;
            }
            if (running) {
                keycloak.installThemes();
            } else {
                keycloak.start();
                own(keycloak::stop);
            }
        });
        try {
            if (postgres.running().isEmpty()) {
                postgres.start(true);
                own(postgres::stop);
            } else if (config.lifetime() == Lifetime.BUILD) {
                postgres.dropDatabases();
            }
            // A broker started before the event bus was locked (PLAINTEXT, no ACLs) is restarted locked.
            if (kafka.running().isEmpty() || !kafka.locked()) {
                kafka.start(!config.keepsData());
                own(kafka::stop);
            } else {
                if (config.lifetime() == Lifetime.BUILD) {
                    kafka.deleteTopicsAndGroups();
                }
                kafka.setUp();
            }
        } finally {
            // Even when the others failed: wait for Keycloak, so that close() knows to stop it.
            try {
                keycloakStarted.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    @Override
    public Database database(String name) {
        return postgres.database(name);
    }

    @Override
    public KafkaLogin kafkaLogin(String principal) {
        return kafka.login(principal);
    }

    @Override
    public String keycloakUrl() {
        return keycloak.url();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start(false);
    }

    @Override
    public void stopPostgres() {
        postgres.stop();
    }

    @Override
    public void startPostgres() {
        postgres.start(false);
    }

    @Override
    public void freezeKeycloak() {
        keycloak.signal("STOP");
    }

    @Override
    public void thawKeycloak() {
        keycloak.signal("CONT");
    }

    /** What runs, for {@code ./rodtraad status}. */
    public String describe() {
        return "PostgreSQL 127.0.0.1:" + config.postgresPort() + " " + state(postgres.running().isPresent()) + "\n"
                + "Kafka      " + kafka.bootstrapServers() + " " + state(kafka.running().isPresent()) + "\n"
                + "Keycloak   " + keycloak.url() + " " + state(keycloak.running().isPresent());
    }

    /** Stops all three, whoever started them: {@code ./rodtraad stop}. */
    public void stopAll() {
        keycloak.stop();
        kafka.stop();
        postgres.stop();
    }

    @Override
    public synchronized void close() {
        stopOwned();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run: nothing left to remove.
            }
            shutdownHook = null;
        }
    }

    /** Remembers how to stop a server this instance started; a build's shared stack is stopped by the build. */
    private void own(Runnable stop) {
        if (config.lifetime() != Lifetime.BUILD) {
            ownedStops.add(stop);
        }
    }

    private void stopOwned() {
        for (int i = ownedStops.size() - 1; i >= 0; i--) {
            ownedStops.get(i).run();
        }
        ownedStops.clear();
    }

    private static String state(boolean running) {
        return running ? "kører" : "stoppet";
    }
}
