package dk.rodtraad.testkit.cli;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoKafkaUsers;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.embedded.EmbeddedInfrastructure;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The local stack behind {@code ./rodtraad start [--instances 2] | stop | status | rebuild}. With {@code --instances 2}
 * every service runs twice, the second instance on its port plus {@link StackConfig#INSTANCE_PORT_STEP} (8181–8184).
 * {@code stop-tests} stops the test stack a build shared among its test JVMs ({@code ./rodtraad test}, ADR 0033).
 */
public final class Stack {

    private static final PrintStream OUT = System.out;

    public static void main(String[] args) {
        String command = args.length == 0 ? "status" : args[0];
        var config = StackConfig.local();
        try {
            switch (command) {
                case "start" -> start(config, instances(args));
                case "stop" -> stop(config);
                case "stop-tests" -> stopTests();
                case "status" -> status(config);
                case "rebuild" -> rebuild(config, List.of(args).subList(1, args.length));
                case "demo-data" -> demoData(config);
                default -> {
                    System.err.println("Usage: start [--instances 1|2] | stop | status | rebuild <service> [replica ...]"
                            + " | demo-data");
                    System.exit(2);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("\nRød Tråd could not " + command + ": " + e.getMessage());
            System.err.println("Logs: " + config.stateDir().resolve("logs"));
            System.exit(1);
        }
        // The servers run in sessions of their own; this JVM's work is done.
        System.exit(0);
    }

    /** {@code --instances N} after the command: how many instances of every service to run (1 unless told). */
    static int instances(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--instances") && i + 1 < args.length && args[i + 1].matches("[0-9]+")) {
                int instances = Integer.parseInt(args[i + 1]);
                if (instances >= 1 && instances <= StackConfig.MAX_INSTANCES) {
                    return instances;
                }
            }
        }
        if (args.length > 1) {
            throw new IllegalArgumentException("start takes --instances 1 to " + StackConfig.MAX_INSTANCES
                    + ", not " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
        }
        return 1;
    }

    private static void start(StackConfig config, int instances) {
        OUT.println("Starting PostgreSQL, Kafka, Keycloak, the four services"
                + (instances > 1 ? " (" + instances + " instances of each)" : "")
                + ", the authority's consumer and the analysts' stream (state in " + config.stateDir() + ") ...");
        var system = RunningSystem.start(config, instances, OUT::println);
        system.startAnalytics(OUT::println);
        Instant seeding = Instant.now();
        String demoTimeline = DemoData.seedOnce(system);
        if (demoTimeline != null) {
            OUT.printf("  %-30s loaded in %d s%n", "the demo data", Duration.between(seeding, Instant.now()).toSeconds());
        }
        OUT.println();
        OUT.println("Rød Tråd is running.");
        OUT.println();
        for (ServiceProcess service : system.runningInstances()) {
            OUT.printf("  %-26s %s   (API: %s/q/swagger-ui)%n", RunningSystem.label(service), service.url(),
                    service.url());
        }
        OUT.printf("  %-26s %s   (the authority's notifications as JSON files in %s)%n", StackConfig.AUTHORITY_CONSUMER,
                system.authorityConsumer().url() + "/q/health", system.authorityFolder());
        OUT.printf("  %-26s %s   (the analysts' topic %s; read it as %s / %s: docs/analytics.md)%n",
                StackConfig.ANALYTICS, system.analytics().url() + "/q/health", Topics.ANALYTICS, KafkaPrincipals.ANALYST,
                DemoKafkaUsers.password(KafkaPrincipals.ANALYST));
        OUT.printf("  %-26s %s   (each service's port %+d, not its public one: ADR 0036)%n", "Prometheus metrics",
                system.runningInstances().getFirst().metricsUrl(), StackConfig.MANAGEMENT_PORT_OFFSET);
        OUT.printf("  %-26s %s   (admin console: admin / admin)%n", "Keycloak", system.infrastructure().keycloakUrl());
        OUT.printf("  %-26s 127.0.0.1:%d   (one database per service, its runtime login e.g. concern / concern,%n"
                + "  %-26s its tables' owner e.g. concern_owner / concern_owner)%n", "PostgreSQL", config.postgresPort(), "");
        var kafka = system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN);
        OUT.printf("  %-26s %s   (SASL/SCRAM-SHA-512 without TLS; the super user: %s / %s)%n", "Kafka",
                kafka.bootstrapServers(), kafka.principal(), kafka.password());
        OUT.println();
        OUT.println("Demo logins (password for all: " + DemoUsers.PASSWORD + "):");
        for (String[] user : DemoUsers.TABLE) {
            OUT.printf("  %-8s %-17s %s%n", user[0], user[1], user[2]);
        }
        if (demoTimeline != null) {
            OUT.println();
            OUT.println("Demo data: the catalogue of the fictitious Rødby Kommune (58 interventions, the competence overview,");
            OUT.println("the Vejviser linked to it), thirteen concerns about twelve fictitious children, one of them");
            OUT.println("notified to the authority (log in as mette), five courses of network meetings, among them");
            OUT.println("Asta's (lise), whose first meeting was held within 24 hours, and Malik's (hanne), whose first");
            OUT.println("meeting came late, and two running intervention plans with six FIT sessions: Oliver's (lise),");
            OUT.println("improving, and Freja's (kasper), without progress; five more have ended.");
            OUT.println("  The fidelity view (log in as lone): " + system.url(StackConfig.NETWORK_MEETING) + "/troskab");
            OUT.println("  What works (log in as anders or lone): " + system.url(StackConfig.FOLLOWUP) + "/evaluering");
            OUT.println("  Find help as a family, no login: " + system.url(StackConfig.CATALOGUE) + "/familie");
            OUT.println("  Asta's timeline in words (log in as lise, who started her case; kasper joined it):");
            OUT.println("  " + demoTimeline);
        }
        OUT.println();
        OUT.println("Logs: " + config.stateDir().resolve("logs") + "    Stop: ./rodtraad stop");
    }

    private static void stop(StackConfig config) {
        stopEverything(config);
        OUT.println("Rød Tråd is stopped. Data is kept in " + config.stateDir() + ".");
    }

    /** What a build's tests left running of the test stack. */
    private static void stopTests() {
        var tests = StackConfig.forTests();
        stopEverything(tests);
        OUT.println("The test stack is stopped (" + tests.stateDir() + ").");
    }

    /** The stack's services and servers, whoever started them. */
    private static void stopEverything(StackConfig config) {
        var system = RunningSystem.attach(config);
        system.stopServices();
        if (system.infrastructure() instanceof EmbeddedInfrastructure embedded) {
            embedded.stopAll();
        }
    }

    /**
     * Loads the demo data into a system that runs on the local stack's ports but was started by something else:
     * deploy/compose's, which publishes the same ports and names Keycloak as the local stack does. Once per state
     * folder, as {@code start} does it ({@code ./rodtraad demo-data} gives it a folder of its own).
     */
    private static void demoData(StackConfig config) {
        try {
            Files.createDirectories(config.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var system = RunningSystem.attach(config);
        OUT.println("Loading the demo data into the system at " + system.url(StackConfig.CONCERN) + " ...");
        String demoTimeline = DemoData.seedOnce(system);
        OUT.println(demoTimeline == null
                ? "The demo data was loaded before (" + config.stateDir().resolve("demo-data.done") + "): nothing added."
                : "Loaded. Asta's timeline in words (log in as lise): " + demoTimeline);
    }

    /** {@code <service> [replica ...]}: see {@link Rebuild}. */
    private static void rebuild(StackConfig config, List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("name the service to rebuild, one of " + RunningSystem.SERVICES);
        }
        String service = args.getFirst();
        var replicas = Rebuild.replicas(service, args.subList(1, args.size()));
        var system = RunningSystem.attach(config);
        system.infrastructure().start();
        OUT.println("Rebuilding " + service + "'s " + replicas.stream().map(Rebuild.Replica::name).toList()
                + " from the topics ...");
        for (var replayed : new Rebuild(system, OUT::println).run(service, replicas)) {
            OUT.println("  " + replayed);
        }
        OUT.println(service + " is running again: " + system.url(service));
    }

    private static void status(StackConfig config) {
        var system = RunningSystem.attach(config);
        for (ServiceProcess service : system.services()) {
            OUT.printf("%-26s %s %s%n", service.name(), service.url(), service.running().isPresent() ? "kører" : "stoppet");
        }
        for (ServiceProcess service : system.runningInstances()) {
            if (service.instance() > 1) {
                OUT.printf("%-26s %s %s%n", RunningSystem.label(service), service.url(), "kører");
            }
        }
        var authority = system.authorityConsumer();
        OUT.printf("%-26s %s %s%n", authority.name(), authority.url(), authority.running().isPresent() ? "kører" : "stoppet");
        var analytics = system.analytics();
        OUT.printf("%-26s %s %s%n", analytics.name(), analytics.url(), analytics.running().isPresent() ? "kører" : "stoppet");
        if (system.infrastructure() instanceof EmbeddedInfrastructure embedded) {
            OUT.println(embedded.describe());
        }
    }

    private Stack() {
    }
}
