package dk.rodtraad.testkit;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.embedded.EmbeddedInfrastructureProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The real servers come up and do their job ({@link InfrastructureTests}), take over a database from before the two
 * logins, are reused, and go away when closed.
 */
class EmbeddedInfrastructureTest extends InfrastructureTests {

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        // testkit's own tests are the embedded servers' tests, whatever rodtraad.infrastructure selects elsewhere.
        infrastructure = new EmbeddedInfrastructureProvider().create(StackConfig.forTests());
        infrastructure.start();
    }

    @AfterAll
    static void stop() {
        infrastructure.close();
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
}
