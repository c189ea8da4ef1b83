package dk.rodtraad.concern.insight;

import dk.rodtraad.chassis.audit.AuditRetention;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The other services' entries kept here are append-only for the service and go with its own audit log's retention. */
@QuarkusTest
class AuditElsewhereRetentionTest {

    @Inject
    AuditRetention retention;

    @Test
    void theServiceLoginCannotChangeThemAndTheRetentionKeepsSixMonths() throws Throwable {
        UUID child = UUID.randomUUID();
        store(child, 200);
        store(child, 100);

        Database database = RealInfrastructure.current().database("concern");
        try (var service = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (String sql : List.of("delete from audit_elsewhere where child_id = '" + child + "'",
                    "update audit_elsewhere set purpose = 'x' where child_id = '" + child + "'",
                    "truncate audit_elsewhere")) {
                var e = assertThrows(SQLException.class, () -> service.createStatement().execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql);
            }
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.purge(10));

        List<UseElsewhere> left = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> UseElsewhere.<UseElsewhere>list("childId", child)));
        assertEquals(1, left.size(), "asked for 10 days, the 100 days old entry stays; the 200 days old one goes");
    }

    private static void store(UUID child, int daysAgo) throws Throwable {
        var use = new UseElsewhere();
        use.eventId = UUID.randomUUID();
        use.childId = child;
        use.at = Instant.now().minus(Duration.ofDays(daysAgo));
        use.service = "followup-service";
        use.action = "READ";
        use.what = "timeline";
        use.purpose = "Barnets tidslinje vist";
        use.role = "fagperson";
        use.status = 200;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(use::persist));
    }
}
