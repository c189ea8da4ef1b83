package dk.rodtraad.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every provider of {@link Infrastructure} gives the tests, checked the same way for each (the embedded servers'
 * EmbeddedInfrastructureTest, the containers' TestcontainersInfrastructureTest): a database with its two logins that
 * require their passwords, a locked broker that keeps its records, users and ACLs across a restart, and Keycloak
 * with the demo realm, which can be frozen and thawed.
 */
public abstract class InfrastructureTests {

    /** The started infrastructure under test. */
    protected abstract Infrastructure infrastructure();

    @Test
    void aServiceGetsItsOwnDatabaseAndLogin() throws Exception {
        Database database = infrastructure().database("testkit_check");
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var rows = connection.createStatement().executeQuery("select current_user, current_database(), version()")) {
            rows.next();
            assertEquals("testkit_check", rows.getString(1));
            assertEquals("testkit_check", rows.getString(2));
            assertTrue(rows.getString(3).startsWith("PostgreSQL 17"), rows.getString(3));
        }
        assertEquals(database, infrastructure().database("testkit_check"), "asking twice is harmless");
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
    void theBrokerKeepsARecordAndItsAclsAcrossARestart() {
        String key = UUID.randomUUID().toString();
        var concernService = new KafkaTestClient(infrastructure().kafkaLogin(KafkaPrincipals.CONCERN_SERVICE));
        concernService.send(new ProducerRecord<>(Topics.CONCERN_EVENTS, key, "{}"));

        infrastructure().stopKafka();
        infrastructure().startKafka();

        // Its users and ACLs came back too: concern-service still reads its topic (it keeps a timeline replica) ...
        assertEquals(key, concernService.await(Topics.CONCERN_EVENTS, record -> key.equals(record.key()),
                Duration.ofSeconds(30)).key());
        // ... and catalogue-service still may not write the authority's topic.
        var catalogueService = new KafkaTestClient(infrastructure().kafkaLogin(KafkaPrincipals.CATALOGUE_SERVICE));
        var refused = assertThrows(IllegalStateException.class, () -> catalogueService.send(
                new ProducerRecord<>(Topics.AUTHORITY_NOTIFICATIONS, key, "{}")));
        assertTrue(refusedByTheAcls(refused), refused.toString());
    }

    private static boolean refusedByTheAcls(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    @Test
    void keycloakIssuesTokensWithRolesAndTheProfessionClaim() throws Exception {
        String token = Tokens.password(infrastructure().realmUrl(), "concern-service",
                DemoClients.secret("concern-service"), DemoUsers.HANNE, DemoUsers.PASSWORD);
        var claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals("sundhedsplejerske", claims.get("profession").asText());
        assertTrue(claims.get("realm_access").get("roles").toString().contains("\"fagperson\""));
        assertEquals("Hanne Holm", claims.get("name").asText());
        assertEquals(infrastructure().realmUrl(), claims.get("iss").asText(), "one name for browsers and services");
    }

    @Test
    void aFrozenKeycloakAnswersNothingAndGoesOnWhereItWasWhenThawed() throws Exception {
        var realm = HttpRequest.newBuilder(URI.create(infrastructure().realmUrl())).timeout(Duration.ofSeconds(2));
        assertEquals(200, realmAnswer(realm));

        infrastructure().freezeKeycloak();
        try {
            assertThrows(HttpTimeoutException.class, () -> realmAnswer(realm));
        } finally {
            infrastructure().thawKeycloak();
        }
        assertEquals(200, realmAnswer(realm.timeout(Duration.ofSeconds(30))), "Keycloak answers again, as it was");
    }

    /**
     * A new connection for each question, over HTTP/1.1: a connection the frozen Keycloak held may be closed by the
     * time it thaws, and the JDK's client would try it again.
     */
    private static int realmAnswer(HttpRequest.Builder realm) throws IOException, InterruptedException {
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(realm.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
