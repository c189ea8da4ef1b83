package dk.rodtraad.testkit.embedded;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoKafkaUsers;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.kafka.KafkaBus;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.plain.PlainLoginModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Apache Kafka broker in a JVM of its own, from the broker jars that testkit/server-dists copies
 * from Maven Central (kept off every test class path: the broker needs other Kafka and JUnit versions than Quarkus).
 *
 * <p>The bus is locked (ADR 0011): clients log in with SASL/SCRAM-SHA-512
 * as a principal of {@link KafkaPrincipals}, whose credentials and ACLs {@link KafkaBus} keeps in the cluster's
 * metadata; anything the ACLs do not grant is refused. The admin principal is the super user. The controller listener
 * takes SASL/PLAIN with the admin's login from the broker's own configuration: SCRAM users live in the metadata the
 * controller serves, and a PLAINTEXT controller listener would need the anonymous user as a super user.
 */
final class KafkaBroker {

    /**
     * Written once the storage holds the admin's SCRAM credential: storage without it is from a broker that ran before
     * the bus was locked, and gets the credential before it starts locked.
     */
    private static final String LOCKED_MARKER = "locked";

    private final Path home;
    private final Path data;
    private final Path libs;
    private final Path log;
    private final int port;
    private final int controllerPort;

    KafkaBroker(Path root, Path stateDir, int port, int controllerPort) {
        this.home = stateDir.resolve("kafka");
        this.data = home.resolve("data");
        this.libs = root.resolve("testkit/server-dists/target/kafka/libs");
        this.log = stateDir.resolve("logs").resolve("kafka.log");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** How a client connects as the principal: SASL without TLS, on loopback only. */
    KafkaLogin login(String principal) {
        return new KafkaLogin(bootstrapServers(), "SASL_PLAINTEXT", principal, DemoKafkaUsers.password(principal));
    }

    Optional<ProcessHandle> running() {
        return ManagedProcess.running(home.resolve("kafka.pid")).filter(p -> Readiness.portOpen(port));
    }

    /** Whether this broker's storage is locked; a running broker whose storage is not was started before the lock. */
    boolean locked() {
        return Files.exists(home.resolve(LOCKED_MARKER));
    }

    /**
     * Starts the broker locked; one that runs here from before the lock is stopped first.
     *
     * @param fresh wipe the log directory first (a test stack), or keep it (a restart, the local stack)
     */
    ProcessHandle start(boolean fresh) {
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("The Kafka broker jars are missing at " + libs
                    + ": build first (./mvnw -DskipTests package)");
        }
        if (!locked()) {
            stop();
        }
        try {
            if (fresh) {
                deleteTree(home);
            }
            Files.createDirectories(home);
            Path properties = home.resolve("server.properties");
            if (!Files.exists(data.resolve("meta.properties"))) {
                Files.writeString(properties, serverProperties(false));
                format(properties);
                markLocked();
            } else if (!locked()) {
                addAdminCredential(properties);
            }
            Files.writeString(properties, serverProperties(false));
            var process = launch(properties, login(KafkaPrincipals.ADMIN).clientConfig());
            setUp();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings the running broker's users, ACLs and topics in line with contracts (see {@link KafkaBus}). */
    void setUp() {
        KafkaBus.setUp(login(KafkaPrincipals.ADMIN).clientConfig());
    }

    /** Empties the running broker of topics and consumer groups ({@link KafkaBus#deleteTopicsAndGroups}). */
    void deleteTopicsAndGroups() {
        KafkaBus.deleteTopicsAndGroups(login(KafkaPrincipals.ADMIN).clientConfig());
    }

    void stop() {
        ManagedProcess.stop(home.resolve("kafka.pid"), Duration.ofSeconds(30));
    }

    /**
     * Storage from before the lock holds no SCRAM credential, and the storage tool adds them only to new storage: the
     * broker runs once taking the admin's PLAIN login (from its configuration) on the client listener too, the admin
     * sets the bus up, and the broker stops. Topics, records and consumer offsets stay.
     */
    private void addAdminCredential(Path properties) throws IOException {
        System.out.println("Kafka's storage in " + data + " is from before the event bus was locked: adding the admin's "
                + "SCRAM credential (once; topics, records and consumer offsets stay).");
        Files.writeString(properties, serverProperties(true));
        var plainAdmin = Map.<String, Object>of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, adminPlainJaas());
        launch(properties, plainAdmin);
        try {
            KafkaBus.setUp(plainAdmin);
        } finally {
            stop();
        }
        markLocked();
    }

    /** Starts the broker and waits until it answers a client that logs in with {@code clientConfig}. */
    private ProcessHandle launch(Path properties, Map<String, Object> clientConfig) throws IOException {
        var process = ManagedProcess.start(List.of(ManagedProcess.javaBinary(), "-Xms128m", "-Xmx512m",
                        "-Dlog4j2.configurationFile=" + writeLog4j(), "-cp", libs + "/*", "kafka.Kafka",
                        properties.toString()),
                Map.of(), home, log, home.resolve("kafka.pid"));
        if (!Readiness.await(() -> answers(clientConfig), Readiness.deadline(), process)) {
            // A broker that never answered must not linger on the port for the next start to find.
            stop();
            throw new IllegalStateException("Kafka did not start on port " + port + "\n" + ManagedProcess.tail(log, 40));
        }
        return process;
    }

    private void markLocked() throws IOException {
        Files.writeString(home.resolve(LOCKED_MARKER), "This storage holds the admin principal's SCRAM credential.\n");
    }

    /** @param plainForAdmin the client listener also takes the admin's PLAIN login (to add its SCRAM credential) */
    private String serverProperties(boolean plainForAdmin) {
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=BROKER://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=BROKER://127.0.0.1:%1$d
                inter.broker.listener.name=BROKER
                controller.listener.names=CONTROLLER
                # SASL without TLS: loopback only. Clients log in with SCRAM-SHA-512 (users in the cluster metadata),
                # the controller listener takes the admin's PLAIN login from this file.
                listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                listener.name.broker.sasl.enabled.mechanisms=%8$s
                listener.name.broker.scram-sha-512.sasl.jaas.config=%5$s
                sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%6$s
                sasl.mechanism.controller.protocol=PLAIN
                # Only what an ACL grants (testkit's KafkaBus, from contracts' KafkaPrincipals); the admin may all.
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                super.users=User:%7$s
                log.dirs=%3$s
                num.partitions=%4$d
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, data, Topics.PARTITIONS,
                login(KafkaPrincipals.ADMIN).clientConfig().get(SaslConfigs.SASL_JAAS_CONFIG), adminPlainJaas(),
                KafkaPrincipals.ADMIN, plainForAdmin ? "SCRAM-SHA-512,PLAIN" : "SCRAM-SHA-512");
        return plainForAdmin
                ? properties + "listener.name.broker.plain.sasl.jaas.config=" + adminPlainJaas() + "\n"
                : properties;
    }

    /**
     * The admin's PLAIN login, for the broker's connection to its controller and for a client; as a listener's
     * configuration also its one user ({@code user_admin}).
     */
    private static String adminPlainJaas() {
        return PlainLoginModule.class.getName() + " required username=\"" + KafkaPrincipals.ADMIN + "\" password=\""
                + adminPassword() + "\" user_" + KafkaPrincipals.ADMIN + "=\"" + adminPassword() + "\";";
    }

    private static String adminPassword() {
        return DemoKafkaUsers.password(KafkaPrincipals.ADMIN);
    }

    /** Formats new storage with the admin's SCRAM credential, which the broker needs before it can take a login. */
    private void format(Path properties) throws IOException {
        var command = List.of(ManagedProcess.javaBinary(), "-cp", libs + "/*", "kafka.tools.StorageTool", "format",
                "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", properties.toString(),
                "--add-scram", "SCRAM-SHA-512=[name=" + KafkaPrincipals.ADMIN + ",password=" + adminPassword() + "]");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Cannot format Kafka storage\n" + ManagedProcess.tail(log, 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Quiet broker logs: warnings and errors only, into the broker's log file. */
    private Path writeLog4j() throws IOException {
        Path config = home.resolve("log4j2.properties");
        Files.writeString(config, """
                rootLogger.level=WARN
                rootLogger.appenderRef.stdout.ref=STDOUT
                appender.stdout.type=Console
                appender.stdout.name=STDOUT
                appender.stdout.layout.type=PatternLayout
                appender.stdout.layout.pattern=[%d] %p %m (%c)%n
                logger.kafka.name=kafka.server.KafkaRaftServer
                logger.kafka.level=INFO
                """);
        return config;
    }

    private boolean answers(Map<String, Object> clientConfig) {
        try (var admin = Admin.create(withTimeouts(clientConfig))) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static Map<String, Object> withTimeouts(Map<String, Object> clientConfig) {
        var config = new HashMap<>(clientConfig);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return config;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
