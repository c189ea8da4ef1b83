package dk.rodtraad.testkit.embedded;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.testkit.embedded.BusClients.read;
import static dk.rodtraad.testkit.embedded.BusClients.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack keeps Kafka's storage between starts, so a broker that ran before the event bus was locked
 * (PLAINTEXT, no authorizer, storage without SCRAM credentials) must come up locked, with its records.
 */
class StorageFromBeforeTheLockTest {

    @Test
    void aBrokerStillRunningFromBeforeTheLockIsRestartedLockedWithItsRecordsAndTheTopicsRetention() throws Exception {
        var stack = StackConfig.forTests();
        Path state = stack.stateDir().resolve("storage-from-before-the-lock-test");
        KafkaBroker.deleteTree(state);
        Path home = Files.createDirectories(state.resolve("kafka"));
        Path libs = stack.root().resolve("testkit/server-dists/target/kafka/libs");
        var before = Map.<String, Object>of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + PortsOfTheirOwn.kafka());
        // Both run from the same folder and pid file: stopping the one stops whichever runs.
        var broker = new KafkaBroker(stack.root(), state, PortsOfTheirOwn.kafka(), PortsOfTheirOwn.kafkaController());
        try {
            startAsBeforeTheLock(home, libs, PortsOfTheirOwn.kafka(), PortsOfTheirOwn.kafkaController());
            String key = UUID.randomUUID().toString();
            assertNull(write(before, Topics.CONCERN_EVENTS, key), "the broker as it was took anyone's records");

            broker.start(false);

            assertTrue(broker.locked());
            assertEquals(key, new KafkaTestClient(broker.login(KafkaPrincipals.CONCERN_SERVICE))
                    .await(Topics.CONCERN_EVENTS, record -> key.equals(record.key()), Duration.ofSeconds(30)).key());
            assertInstanceOf(TimeoutException.class, read(before, Topics.CONCERN_EVENTS));
            assertInstanceOf(TopicAuthorizationException.class,
                    read(broker.login(KafkaPrincipals.ANALYST).clientConfig(), Topics.CONCERN_EVENTS));
            try (var admin = Admin.create(broker.login(KafkaPrincipals.ADMIN).clientConfig())) {
                var topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CONCERN_EVENTS);
                var retention = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                        .get(TopicConfig.RETENTION_MS_CONFIG).value();
                assertEquals("-1", retention, "the topic Kafka created with its 7 days now keeps its events for ever");
            }
        } finally {
            broker.stop();
        }
    }

    /**
     * The broker as testkit ran it before the lock (what matters of its configuration: PLAINTEXT, no authorizer, storage
     * formatted without credentials), left running as {@code ./rodtraad start} leaves it.
     */
    private static void startAsBeforeTheLock(Path home, Path libs, int port, int controllerPort) throws Exception {
        Path properties = home.resolve("server.properties");
        Files.writeString(properties, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                """.formatted(port, controllerPort, home.resolve("data")));
        var format = new ProcessBuilder(ManagedProcess.javaBinary(), "-cp", libs + "/*", "kafka.tools.StorageTool",
                "format", "-t", "QzLzIpsnR2aXXWMTl0LbSQ", "-c", properties.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("format.log").toFile()).start();
        assertEquals(0, format.waitFor(), "formatted as before the lock");
        var process = ManagedProcess.start(List.of(ManagedProcess.javaBinary(), "-Xmx512m", "-cp", libs + "/*",
                "kafka.Kafka", properties.toString()), Map.of(), home, home.resolve("kafka.log"), home.resolve("kafka.pid"));
        var anyone = Map.<String, Object>of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 2000, CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        assertTrue(Readiness.await(() -> answers(anyone), Duration.ofSeconds(60), process), "it answers");
    }

    private static boolean answers(Map<String, Object> client) {
        try (var admin = Admin.create(client)) {
            return !admin.describeCluster().nodes().get().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
