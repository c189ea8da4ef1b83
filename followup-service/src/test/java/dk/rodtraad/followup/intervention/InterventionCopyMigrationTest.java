package dk.rodtraad.followup.intervention;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A followup database from before the chassis kept the copy of the catalogue's interventions: its own migration made
 * the table, and the copy filled it without the type. The chassis's migration takes the table over and empties it
 * with the record of what it applied, so the replica rebuilds it from the topic, every row with its type.
 */
@QuarkusTest
class InterventionCopyMigrationTest {

    /** The last migration a followup database had before the chassis kept the copy: db/access's child_access. */
    private static final String BEFORE_THE_CHASSIS_COPY = "20261201.1630";

    @Test
    void theCopyFromBeforeIsKeptAsTheChassisTableAndEmptiedForTheRebuild() throws SQLException {
        Database db = RealInfrastructure.current().database("followup_before_the_chassis_copy");
        String[] locations = ConfigProvider.getConfig().getValue("quarkus.flyway.locations", String[].class);
        flyway(db, locations).cleanDisabled(false).load().clean();
        flyway(db, locations).target(BEFORE_THE_CHASSIS_COPY).load().migrate();
        UUID copied = UUID.randomUUID(), accessGranted = UUID.randomUUID();
        try (var owner = DriverManager.getConnection(db.jdbcUrl(), db.owner(), db.ownerPassword())) {
            execute(owner, "insert into intervention_copy (id, code, revision, status, name, department, step, "
                    + "age_from_years, age_to_years, waiting_weeks, changed_at) values ('" + copied + "', 'cool-kids', "
                    + "3, 'offentliggjort', 'Cool Kids', 'PPR', 3, 7, 12, 6, now())");
            execute(owner, "insert into processed_event values ('interventions', '" + copied + "', now()), "
                    + "('child-access', '" + accessGranted + "', now())");
        }

        flyway(db, locations).load().migrate();

        try (var service = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            assertEquals(0, count(service, "select count(*) from intervention_copy"), "emptied for the rebuild");
            assertEquals(0, count(service, "select count(*) from processed_event where consumer = 'interventions'"),
                    "the copy's events apply again");
            assertEquals(1, count(service, "select count(*) from processed_event where event_id = '" + accessGranted
                    + "'"), "the other consumers' records stay");
            execute(service, "insert into intervention_copy (id, code, revision, status, name, type, department, step, "
                    + "age_from_years, age_to_years, waiting_weeks, changed_at) values ('" + copied + "', 'cool-kids', "
                    + "3, 'offentliggjort', 'Cool Kids', 'netvaerksgruppe', 'PPR', 3, 7, 12, 6, now())");
            assertThrows(SQLException.class, () -> execute(service, "insert into intervention_copy (id, code, revision, "
                    + "status, name, department, step, age_from_years, age_to_years, waiting_weeks, changed_at) values ('"
                    + UUID.randomUUID() + "', 'x', 1, 'offentliggjort', 'X', 'PPR', 1, 0, 18, 0, now())"),
                    "every row has its type");
        }
    }

    private static FluentConfiguration flyway(Database db, String... locations) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.owner(), db.ownerPassword()).locations(locations)
                .placeholders(Map.of("runtime_login", db.user()));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
