package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.cli.Rebuild;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code ./rodtraad rebuild}'s work ({@link Rebuild}) gives back the same replicas: network-meeting-service's
 * timeline, access replica and copy of the interventions, emptied and read again from the topics, hold the same rows
 * as before (all but when they were received), and each event is recorded as applied once.
 */
class RebuildIT {

    private static final String SERVICE = StackConfig.NETWORK_MEETING;
    /** Each replica's rows in a fixed order, without the time they were received, which a rebuild changes. */
    private static final Map<String, String> ROWS = Map.of(
            "timeline_entry", "select event_id, child_id, occurred_at, event_type, source, payload::text "
                    + "from timeline_entry order by event_id",
            "child_access", "select child_id, audience, username, discipline, basis, granted_at from child_access "
                    + "order by child_id, audience, username",
            "child_tovholder", "select * from child_tovholder order by child_id",
            "intervention_copy", "select * from intervention_copy order by 1",
            "processed_event", "select consumer, event_id from processed_event order by consumer, event_id");

    private final TheSystem system = TheSystem.shared();

    @Test
    void aRebuiltReplicaHoldsWhatItHeldBefore() throws SQLException {
        var nurse = system.as(DemoUsers.HANNE);
        String childId = nurse.recordConcern("yellow");
        String code = "rebuild-" + childId.substring(0, 8);
        system.as(DemoUsers.KARIN).publishIntervention(TheSystem.anIntervention(code));
        Database database = system.database(SERVICE);
        // Both in their replicas first: an intervention still on its way when the service stops would arrive only
        // with the rebuild, and the replica would then hold more than it did before.
        await().atMost(Duration.ofSeconds(60)).until(() -> nurse.timeline(SERVICE, childId).size() == 1
                && interventionCopies(database, code) == 1);
        // Stopped, the replicas change no more: what they hold now is what the rebuild must give back.
        system.running().service(SERVICE).stop();
        var before = rows(database);
        assertFalse(before.get("timeline_entry").isEmpty());

        var rebuild = new Rebuild(system.running(), line -> {
        });
        var replayed = rebuild.run(SERVICE, Rebuild.replicas(SERVICE, List.of()));

        assertEquals(before, rows(database));
        assertEquals(before.get("timeline_entry").size(), replayed.getFirst().events(),
                "the timeline's events, each applied once");
        assertEquals(1, nurse.timeline(SERVICE, childId).size());
    }

    private static long interventionCopies(Database database, String code) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var statement = connection.prepareStatement("select count(*) from intervention_copy where code = ?")) {
            statement.setString(1, code);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Map<String, List<List<Object>>> rows(Database database) throws SQLException {
        var rows = new LinkedHashMap<String, List<List<Object>>>();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword())) {
            for (var table : ROWS.entrySet()) {
                try (var statement = connection.createStatement(); var result = statement.executeQuery(table.getValue())) {
                    var tableRows = new ArrayList<List<Object>>();
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        var row = new ArrayList<>();
                        for (int column = 1; column <= columns; column++) {
                            row.add(result.getObject(column));
                        }
                        tableRows.add(row);
                    }
                    rows.put(table.getKey(), tableRows);
                }
            }
        }
        return rows;
    }
}
