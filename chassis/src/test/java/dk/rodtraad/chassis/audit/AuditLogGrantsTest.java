package dk.rodtraad.chassis.audit;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The audit log is append-only for the service: its runtime login (the one the application connects as) may add
 * and read entries, never change, remove or empty them; its other tables it may change, their schema not.
 */
@QuarkusTest
class AuditLogGrantsTest {

    /** insufficient_privilege */
    private static final String DENIED = "42501";

    @Test
    void theServiceLoginMayInsertAndSelectButNotUpdateDeleteOrTruncate() throws SQLException {
        UUID child = UUID.randomUUID();
        try (Connection service = asService()) {
            var statement = service.createStatement();
            assertEquals(1, statement.executeUpdate("insert into audit_log (at, username, roles, action, what, child_id, purpose)"
                    + " values (now(), 'hanne', 'fagperson', 'READ', 'timeline', '" + child + "', 'Barnets tidslinje vist')"));
            try (var rows = statement.executeQuery("select count(*) from audit_log where child_id = '" + child + "'")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }

            assertDenied(service, "update audit_log set purpose = 'Rettet' where child_id = '" + child + "'");
            assertDenied(service, "delete from audit_log where child_id = '" + child + "'");
            assertDenied(service, "truncate audit_log");
            assertDenied(service, "alter table audit_log drop column purpose");
            assertDenied(service, "create table smuggled (id int)");

            // Its other tables it uses freely.
            statement.executeUpdate("update outbox_event set sent_at = sent_at where false");
            statement.executeUpdate("delete from processed_event where false");
        }
        try (Connection service = asService();
             var rows = service.createStatement().executeQuery(
                     "select count(*) from audit_log where child_id = '" + child + "'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the entry is still there");
        }
    }

    @Test
    void theTablesBelongToTheOwnerLogin() throws SQLException {
        try (Connection service = asService();
             var rows = service.createStatement().executeQuery(
                     "select tableowner from pg_tables where tablename = 'audit_log'")) {
            rows.next();
            assertEquals(database().owner(), rows.getString(1));
        }
    }

    private static void assertDenied(Connection connection, String sql) {
        var e = assertThrows(SQLException.class, () -> connection.createStatement().execute(sql), sql);
        assertEquals(DENIED, e.getSQLState(), sql + ": " + e.getMessage());
    }

    static Connection asService() throws SQLException {
        Database database = database();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static Database database() {
        return RealInfrastructure.current().database("chassis");
    }
}
