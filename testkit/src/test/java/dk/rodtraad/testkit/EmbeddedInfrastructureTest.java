package dk.rodtraad.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real servers come up, do their job, survive a broker restart, are reused, and go away when closed. */
class EmbeddedInfrastructureTest {

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = Infrastructure.create(StackConfig.forTests());
        infrastructure.start();
    }

    @AfterAll
    static void stop() {
        infrastructure.close();
    }

    @Test
    void aServiceGetsItsOwnDatabaseAndLogin() throws Exception {
        Database database = infrastructure.database("testkit_check");
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var rows = connection.createStatement().executeQuery("select current_user, current_database(), version()")) {
            rows.next();
            assertEquals("testkit_check", rows.getString(1));
            assertEquals("testkit_check", rows.getString(2));
            assertTrue(rows.getString(3).startsWith("PostgreSQL 17"), rows.getString(3));
        }
        assertEquals(database, infrastructure.database("testkit_check"), "asking twice is harmless");
        for (String login : new String[] {database.user(), "postgres"}) {
            var refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), login, "not-the-password").close());
            assertEquals("28P01", refused.getSQLState(), "a wrong password is refused for " + login);
        }
        assertEquals("testkit_check_owner", database.owner());
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var rows = connection.createStatement().executeQuery(
                     "select pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
            rows.next();
            assertEquals("testkit_check_owner", rows.getString(1), "the owner login owns the database");
        }
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
    void theBrokerKeepsARecordAcrossARestart() {
        String key = UUID.randomUUID().toString();
        var concernService = new KafkaTestClient(infrastructure.kafkaLogin(KafkaPrincipals.CONCERN_SERVICE));
        concernService.send(new ProducerRecord<>(Topics.CONCERN_EVENTS, key, "{}"));

        infrastructure.stopKafka();
        infrastructure.startKafka();

        // Its users and ACLs came back too: concern-service still reads its topic (it keeps a timeline replica).
        assertEquals(key, concernService.await(Topics.CONCERN_EVENTS, record -> key.equals(record.key()),
                Duration.ofSeconds(30)).key());
    }

    @Test
    void keycloakIssuesTokensWithRolesAndTheProfessionClaim() throws Exception {
        String token = Tokens.password(infrastructure.realmUrl(), "concern-service",
                DemoClients.secret("concern-service"), DemoUsers.HANNE, DemoUsers.PASSWORD);
        var claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("sundhedsplejerske", claims.get("profession").asText());
        assertTrue(claims.get("realm_access").get("roles").toString().contains("\"fagperson\""));
        assertEquals("Hanne Holm", claims.get("name").asText());
    }

    @Test
    void startingAgainReusesTheRunningServers() {
        try (var second = Infrastructure.create(StackConfig.forTests())) {
            second.start();
            assertEquals(infrastructure.kafkaLogin(KafkaPrincipals.ADMIN), second.kafkaLogin(KafkaPrincipals.ADMIN));
            second.close();
            // The second instance started nothing, so closing it stops nothing.
            assertFalse(Tokens.password(infrastructure.realmUrl(), "catalogue-service",
                    DemoClients.secret("catalogue-service"), DemoUsers.KARIN, DemoUsers.PASSWORD).isBlank());
        }
    }
}
