package dk.rodtraad.testkit;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.TopicSpec;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.StackConfig.Lifetime;
import dk.rodtraad.testkit.embedded.EmbeddedInfrastructureProvider;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real servers come up and do their job ({@link InfrastructureTests}), take over a database from before the two
 * logins, are reused as they run, and emptied when the stack a build shares starts over them (ADR 0033). They are
 * {@link OneTestStack}'s, which testkit's tests of all three servers share.
 */
class EmbeddedInfrastructureTest extends InfrastructureTests {

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = OneTestStack.started();
    }

    @Override
    protected Infrastructure infrastructure() {
        return infrastructure;
    }

    @Test
    void aDatabaseFromBeforeTheOwnerLoginIsHandedToTheOwner() throws Exception {
        String superuser = "jdbc:postgresql://127.0.0.1:" + StackConfig.forTests().postgresPort() + "/";
        try (var connection = DriverManager.getConnection(superuser + "postgres", "postgres", "postgres");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists testkit_legacy");
            statement.execute("drop role if exists testkit_legacy_owner");
            statement.execute("drop role if exists testkit_legacy");
            statement.execute("create role testkit_legacy login password 'testkit_legacy'");
            statement.execute("create database testkit_legacy owner testkit_legacy");
        }
        try (var connection = DriverManager.getConnection(superuser + "testkit_legacy", "testkit_legacy", "testkit_legacy")) {
            connection.createStatement().execute("create table kept (id int)");
        }

        Database database = infrastructure.database("testkit_legacy");

        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var rows = connection.createStatement().executeQuery(
                     "select tableowner from pg_tables where tablename = 'kept'")) {
            rows.next();
            assertEquals("testkit_legacy_owner", rows.getString(1));
        }
    }

    @Test
    void startingAgainReusesTheRunningServers() {
        try (var second = new EmbeddedInfrastructureProvider().create(StackConfig.forTests())) {
            second.start();
            assertEquals(infrastructure.kafkaLogin(KafkaPrincipals.ADMIN), second.kafkaLogin(KafkaPrincipals.ADMIN));
            second.close();
            // The second instance started nothing, so closing it stops nothing.
            assertFalse(Tokens.password(infrastructure.realmUrl(), "catalogue-service",
                    DemoClients.secret("catalogue-service"), DemoUsers.KARIN, DemoUsers.PASSWORD).isBlank());
        }
    }

    @Test
    void aStartOfTheStackABuildSharesReusesTheServersEmptiedAndLeavesThemRunning() throws Exception {
        Database earlier = infrastructure.database("testkit_earlier_jvm");
        try (var connection = DriverManager.getConnection(earlier.jdbcUrl(), earlier.owner(), earlier.ownerPassword())) {
            connection.createStatement().execute("create table left_behind (id int)");
        }
        var admin = infrastructure.kafkaLogin(KafkaPrincipals.ADMIN).clientConfig();
        var concernEvents = new TopicPartition(Topics.CONCERN_EVENTS, 0);
        try (var kafka = Admin.create(admin)) {
            kafka.createTopics(List.of(new NewTopic("testkit-earlier-jvm", 1, (short) 1))).all().get();
            kafka.alterConsumerGroupOffsets("testkit-earlier-jvm", Map.of(concernEvents, new OffsetAndMetadata(1)))
                    .all().get();
        }
        new KafkaTestClient(infrastructure.kafkaLogin(KafkaPrincipals.CONCERN_SERVICE)).send(new ProducerRecord<>(
                Topics.CONCERN_EVENTS, 0, UUID.randomUUID().toString(), "{}"));

        try (var shared = new EmbeddedInfrastructureProvider().create(StackConfig.forTests().withLifetime(Lifetime.BUILD))) {
            shared.start();
            shared.close();
        }

        String superuser = "jdbc:postgresql://127.0.0.1:" + StackConfig.forTests().postgresPort() + "/postgres";
        try (var connection = DriverManager.getConnection(superuser, "postgres", "postgres");
             var rows = connection.createStatement().executeQuery(
                     "select count(*) from pg_database where datname = 'testkit_earlier_jvm'")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "the earlier JVM's database is gone");
        }
        try (var kafka = Admin.create(admin)) {
            Set<String> topics = kafka.listTopics().names().get();
            assertFalse(topics.contains("testkit-earlier-jvm"), "a topic a client created is gone: " + topics);
            assertTrue(topics.containsAll(Topics.specs().stream().map(TopicSpec::name).toList()), topics.toString());
            var partitions = Topics.specs().stream().flatMap(spec -> IntStream.range(0, spec.partitions())
                            .mapToObj(partition -> new TopicPartition(spec.name(), partition)))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            kafka.listOffsets(partitions).all().get().forEach((partition, latest) ->
                    assertEquals(0, latest.offset(), partition + " holds no event of the earlier JVM"));
            assertFalse(kafka.listGroups().all().get().stream().map(GroupListing::groupId).toList()
                    .contains("testkit-earlier-jvm"), "the earlier JVM's consumer group is gone");
        }
        // The shared stack's start stopped nothing and its close stops nothing: the build stops it.
        assertFalse(Tokens.password(infrastructure.realmUrl(), "catalogue-service",
                DemoClients.secret("catalogue-service"), DemoUsers.KARIN, DemoUsers.PASSWORD).isBlank());
        assertEquals("testkit_after", infrastructure.database("testkit_after").user());
    }
}
