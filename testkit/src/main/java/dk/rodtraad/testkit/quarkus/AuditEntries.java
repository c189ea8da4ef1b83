package dk.rodtraad.testkit.quarkus;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** The service's audit log, read with the service's own login as an auditor's query would, for its tests. */
public final class AuditEntries {

    /** How many entries say that the user did {@code action} (READ, WRITE, REFUSED) on {@code what} of the child. */
    public static long count(UUID child, String user, String action, String what, String purpose) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var query = connection.prepareStatement("select count(*) from audit_log where child_id = ? and "
                     + "username = ? and action = ? and what = ? and purpose = ?")) {
            query.setObject(1, child);
            query.setString(2, user);
            query.setString(3, action);
            query.setString(4, what);
            query.setString(5, purpose);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private AuditEntries() {
    }
}
