package dk.rodtraad.testkit.embedded;

import dk.rodtraad.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Apache Kafka broker in a JVM of its own, from the broker jars that testkit/server-dists copies
 * from Maven Central (kept off every test class path: the broker needs other Kafka and JUnit versions than Quarkus).
 */
final class KafkaBroker {

    private final Path home;
    private final Path libs;
    private final Path log;
    private final int port;
    private final int controllerPort;

    KafkaBroker(Path root, Path stateDir, int port, int controllerPort) {
        this.home = stateDir.resolve("kafka");
        this.libs = root.resolve("testkit/server-dists/target/kafka/libs");
        this.log = stateDir.resolve("logs").resolve("kafka.log");
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    Optional<ProcessHandle> running() {
        return ManagedProcess.running(home.resolve("kafka.pid")).filter(p -> Readiness.portOpen(port));
    }

    /** @param fresh wipe the log directory first (a test stack), or keep it (a restart, the local stack) */
    ProcessHandle start(boolean fresh) {
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("The Kafka broker jars are missing at " + libs
                    + ": build first (./mvnw -DskipTests package)");
        }
        try {
            Path data = home.resolve("data");
            if (fresh) {
                deleteTree(home);
            }
            Files.createDirectories(home);
            Path properties = home.resolve("server.properties");
            Files.writeString(properties, serverProperties(data));
            if (!Files.exists(data.resolve("meta.properties"))) {
                format(properties);
            }
            var process = ManagedProcess.start(List.of(ManagedProcess.javaBinary(), "-Xms128m", "-Xmx512m",
                            "-Dlog4j2.configurationFile=" + writeLog4j(), "-cp", libs + "/*", "kafka.Kafka",
                            properties.toString()),
                    Map.of(), home, log, home.resolve("kafka.pid"));
            if (!Readiness.await(this::clusterAnswers, Duration.ofSeconds(90), process)) {
                throw new IllegalStateException("Kafka did not start on port " + port + "\n" + ManagedProcess.tail(log, 40));
            }
            createTopics();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        ManagedProcess.stop(home.resolve("kafka.pid"), Duration.ofSeconds(30));
    }

    private String serverProperties(Path data) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
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
                """.formatted(port, controllerPort, data, Topics.PARTITIONS);
    }

    private void format(Path properties) throws IOException {
        var command = List.of(ManagedProcess.javaBinary(), "-cp", libs + "/*", "kafka.tools.StorageTool", "format",
                "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c", properties.toString());
        try {
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

    private boolean clusterAnswers() {
        try (var admin = admin()) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void createTopics() {
        try (var admin = admin()) {
            var existing = new HashSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            var missing = Topics.all().stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Topics.PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the project's topics", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
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
