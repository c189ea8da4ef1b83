package dk.rodtraad.chassis.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLWarning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * PostgreSQL keeps its NOTICEs to itself on both of a service's connections (the chassis's configuration): a search
 * of only stop words made the reactive client log a WARN at every request, and Flyway one per "if not exists".
 */
@QuarkusTest
class NoticesTest {

    @Inject
    Pool reactive;

    @Inject
    AgroalDataSource jdbc;

    @Test
    void theReactiveConnectionsAreToldNoNotices() {
        String level = reactive.query("select current_setting('client_min_messages')").execute().await().indefinitely()
                .iterator().next().getString(0);
        assertEquals("warning", level);
    }

    @Test
    void flywaysConnectionIsToldNoNoticesButWarningsStillCome() throws Exception {
        try (var connection = jdbc.getConnection(); var statement = connection.createStatement()) {
            statement.execute("select to_tsquery('danish', 'og')");
            assertNull(statement.getWarnings(), "the stop word's NOTICE reached the client");
            statement.execute("do $$ begin raise warning 'en advarsel'; end $$");
            SQLWarning warning = statement.getWarnings();
            assertNotNull(warning, "a WARNING must still reach the client");
            assertEquals("en advarsel", warning.getMessage());
        }
    }
}
