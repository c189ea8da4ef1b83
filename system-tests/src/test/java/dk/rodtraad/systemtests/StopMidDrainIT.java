package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service stopped while its outbox relay is sending stops as it was asked to, not as a failure: concern-service's
 * outbox gets a backlog (one concern's {@code concern.raised} row copied under new event ids, about new children, as
 * if Kafka had been away), the service is stopped while the relay sends it, and its log from the stop has no WARN
 * and no ERROR (it said "Outbox relay will retry: Session/EntityManager is closed" when a stop cut a round off). Once
 * started again, the relay sends the rest: no row is left unsent.
 */
class StopMidDrainIT {

    private static final String SERVICE = StackConfig.CONCERN;
    private static final int BACKLOG = 20_000;
    private final TheSystem system = TheSystem.shared();

    @Test
    void aStopWhileTheRelaySendsIsNoFailureAndTheRestGoesAfterTheStart() throws Exception {
        String childId = system.as(DemoUsers.HANNE).recordConcern("yellow");
        Database database = system.database(SERVICE);
        ServiceProcess service = system.running().service(SERVICE);
        await().atMost(Duration.ofMinutes(1)).until(() -> unsent(database) == 0);

        String children = backlog(database, UUID.fromString(childId));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> sentOf(database, children) > 0);
        var log = LogSince.now(service.log());
        service.stop();

        List<String> atTheStop = log.written();
        long sentBeforeTheStop = sentOf(database, children);
        // Started again before anything is judged: the tests after this one need the service.
        service.restart();
        service.awaitReady(Duration.ofMinutes(2));

        assertEquals(List.of(), atTheStop.stream()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList(),
                "the stop, " + sentBeforeTheStop + " of " + BACKLOG + " sent, is no failure");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> sentOf(database, children) == BACKLOG);
        assertEquals(0, unsent(database), "every row sent after the start");
    }

    /** Copies the child's concern.raised outbox row {@value #BACKLOG} times, about 100 new children; returns them. */
    private static String backlog(Database database, UUID child) throws SQLException {
        String children = "{" + String.join(",", Stream.generate(() -> UUID.randomUUID().toString())
                .limit(100).toList()) + "}";
        try (var connection = connect(database); var statement = connection.prepareStatement("""
                insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
                select gen_random_uuid(), event_type, topic, (cast(? as uuid[]))[1 + copy % 100], occurred_at,
                       payload, now()
                from (select * from outbox_event where subject_id = ? and event_type like 'dk.rodtraad.concern.raised.%'
                      limit 1) template, generate_series(1, ?) copy""")) {
            statement.setString(1, children);
            statement.setObject(2, child);
            statement.setInt(3, BACKLOG);
            assertEquals(BACKLOG, statement.executeUpdate(), "the backlog written");
        }
        return children;
    }

    private static long sentOf(Database database, String children) throws SQLException {
        return count(database, "select count(*) from outbox_event where sent_at is not null "
                + "and subject_id = any(cast(? as uuid[]))", children);
    }

    private static long unsent(Database database) throws SQLException {
        return count(database, "select count(*) from outbox_event where sent_at is null");
    }

    private static long count(Database database, String sql, String... parameters) throws SQLException {
        try (var connection = connect(database); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
    }
}
