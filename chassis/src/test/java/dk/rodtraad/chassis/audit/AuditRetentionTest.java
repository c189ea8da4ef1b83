package dk.rodtraad.chassis.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Old entries go, recent ones stay, and no call keeps less than six months. */
@QuarkusTest
class AuditRetentionTest {

    @Inject
    AuditRetention retention;

    @Test
    void purgesOnlyWhatIsOlderThanTheRetentionAndNeverLessThanSixMonths() throws Throwable {
        UUID child = UUID.randomUUID();
        for (int days : new int[] {400, 250, 182, 100, 1}) {
            entry(child, days);
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.purge(300));
        assertEquals(List.of(250, 182, 100, 1), ages(child), "a year's retention keeps what is 250 days old");

        VertxContextSupport.subscribeAndAwait(() -> retention.purge(10));
        assertEquals(List.of(182, 100, 1), ages(child), "asked for 10 days, it still keeps 6 months (183 days)");
    }

    private static void entry(UUID child, int daysAgo) throws SQLException {
        try (var service = AuditLogGrantsTest.asService()) {
            service.createStatement().executeUpdate("insert into audit_log (at, username, roles, action, what, child_id, purpose)"
                    + " values (now() - interval '" + daysAgo + " days', 'hanne', 'fagperson', 'READ', 'timeline', '"
                    + child + "', 'Barnets tidslinje vist')");
        }
    }

    private static List<Integer> ages(UUID child) throws SQLException {
        var ages = new ArrayList<Integer>();
        try (var service = AuditLogGrantsTest.asService();
             var rows = service.createStatement().executeQuery("select extract(day from now() - at)::int from audit_log"
                     + " where child_id = '" + child + "' order by at")) {
            while (rows.next()) {
                ages.add(rows.getInt(1));
            }
        }
        return ages;
    }
}
