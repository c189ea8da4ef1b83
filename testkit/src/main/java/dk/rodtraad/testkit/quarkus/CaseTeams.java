package dk.rodtraad.testkit.quarkus;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A child's case team and tovholder as concern-service grants them on the real Kafka, awaited in the service under
 * test's access replica (read with its own login), for the tests of the services that keep one.
 */
public final class CaseTeams {

    /** The demo professionals' disciplines, as concern-service grants them. */
    public static final Map<String, String> DISCIPLINES = Map.of(DemoUsers.HANNE, "sundhedsplejerske",
            DemoUsers.PETER, "paedagog", DemoUsers.LISE, "laerer", DemoUsers.KASPER, "klubmedarbejder");

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private CaseTeams() {
    }

    /** A new child whose case team concern-service made of these professionals, once the replica has it. */
    public static UUID childOnTheTeamOf(String... professionals) {
        UUID child = UUID.randomUUID();
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        for (String professional : professionals) {
            events.send(ChildAccessEvents.professionalGranted(child, professional, DISCIPLINES.get(professional),
                    "sagsopretter"));
        }
        await().atMost(PATIENCE).until(() -> count("select count(*) from child_access where child_id = ?", child, null)
                == professionals.length);
        return child;
    }

    /** concern-service names the professional (on the case team) the child's tovholder, once the replica has it. */
    public static void tovholder(UUID child, String professional) {
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin()).send(ChildAccessEvents.tovholderAssigned(child,
                professional, DISCIPLINES.get(professional), Instant.now()));
        await().atMost(PATIENCE).until(() -> count(
                "select count(*) from child_tovholder where child_id = ? and username = ?", child, professional) == 1);
    }

    private static long count(String sql, UUID child, String username) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var query = connection.prepareStatement(sql)) {
            query.setObject(1, child);
            if (username != null) {
                query.setString(2, username);
            }
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
