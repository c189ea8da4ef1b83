package dk.rodtraad.systemtests.badinput;

import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.Database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of every row of a service's database, table by table, to show that a run of bad requests changed
 * nothing. Left out: the audit logs, which record every request by design (refusals too, and the read of a child's
 * course that shows a refused form again), with their publication on {@code rodtraad.audit} in the outbox and
 * concern-service's record of having applied it for the citizen's report; and Flyway's history. The outbox is
 * fingerprinted by its rows' ids, since the relay marks rows sent whenever it runs.
 */
final class RowSnapshot {

    /** concern-service's consumer of the audit events (its {@code AuditEventsConsumer}). */
    private static final String CITIZENS_REPORT_CONSUMER = "citizens-report";

    static Map<String, String> of(Database database) {
        var fingerprints = new TreeMap<String, String>();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename not like 'audit%' and tablename <> 'flyway_schema_history' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String rows = table.equals("outbox_event") ? "t.id::text" : "t::text";
                String audit = switch (table) {
                    case "outbox_event" -> " where t.topic <> '" + Topics.AUDIT + "'";
                    case "processed_event" -> " where t.consumer <> '" + CITIZENS_REPORT_CONSUMER + "'";
                    default -> "";
                };
                try (var result = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(" + rows
                        + ", ',' order by " + rows + ")), '') from " + table + " t" + audit)) {
                    result.next();
                    fingerprints.put(database.name() + "." + table, result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database.name(), e);
        }
        return fingerprints;
    }

    /** The tables whose fingerprints differ. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        var changed = new ArrayList<String>();
        after.forEach((table, fingerprint) -> {
            if (!fingerprint.equals(before.get(table))) {
                changed.add(table + " (" + before.get(table) + " → " + fingerprint + ")");
            }
        });
        return changed;
    }

    private RowSnapshot() {
    }
}
