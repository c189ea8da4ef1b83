package dk.rodtraad.followup.evaluation;

import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans as rows in followup-service's tables (V20261202_0500), written straight to PostgreSQL so that a test states
 * exactly the scores, goals and ends the evaluation reads ({@link SqlEvaluationFacts}). A plan starts on 5 January
 * 2026 for a child born in March 2017 (8 at the start: CORS for the child, ORS for a parent), a session a week.
 */
final class PlanRows {

    static final LocalDate STARTS_ON = LocalDate.of(2026, 1, 5);
    private static final LocalDate BORN = LocalDate.of(2017, 3, 1);
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-01-05T09:00:00Z"));

    private final Connection connection;

    private PlanRows(Connection connection) {
        this.connection = connection;
    }

    static void write(SqlWork work) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class))) {
            work.run(new PlanRows(connection));
        }
    }

    /** Work on the rows. */
    interface SqlWork {
        void run(PlanRows rows) throws SQLException;
    }

    /** The catalogue's copy of an intervention, as the replica keeps it. */
    void intervention(UUID id, String name) throws SQLException {
        update("insert into intervention_copy (id, code, revision, status, name, department, step, age_from_years, "
                + "age_to_years, waiting_weeks, changed_at, type) values (?, ?, 1, 'offentliggjort', ?, 'PPR', 3, 6, 12, "
                + "4, ?, 'netvaerksgruppe')", id, "test-" + id, name, AT);
    }

    /**
     * A plan with the child's outcome totals at its sessions in order and alliance totals likewise, its goals'
     * attainments, and its end reason (null: ongoing).
     */
    UUID plan(UUID intervention, String endReason, List<String> outcomes, List<String> alliances,
            List<String> goals) throws SQLException {
        UUID plan = UUID.randomUUID();
        boolean ended = endReason != null;
        LocalDate endsOn = STARTS_ON.plusWeeks(outcomes.size() + 1L);
        update("insert into plan (id, version, child_id, intervention_id, responsible_username, responsible_discipline, "
                + "starts_on, birth_month, status, started_by, started_at, ended_on, end_reason, ended_by, ended_at) "
                + "values (?, 0, ?, ?, 'hanne', 'sundhedsplejerske', ?, ?, ?, 'hanne', ?, ?, ?, ?, ?)",
                plan, UUID.randomUUID(), intervention, Date.valueOf(STARTS_ON), Date.valueOf(BORN),
                ended ? "AFSLUTTET" : "AKTIV", AT, ended ? Date.valueOf(endsOn) : null, endReason,
                ended ? "hanne" : null, ended ? AT : null);
        for (int i = 0; i < outcomes.size(); i++) {
            UUID session = session(plan, i + 1);
            score(session, "CHILD", "OUTCOME", "CORS", outcomes.get(i));
            if (i < alliances.size()) {
                score(session, "CHILD", "ALLIANCE", "CSRS", alliances.get(i));
            }
        }
        for (int i = 0; i < goals.size(); i++) {
            UUID goal = UUID.randomUUID();
            update("insert into goal (id, plan_id, position, owner, description, indicator, due_on, set_by, set_at) "
                    + "values (?, ?, ?, 'FAMILIEN', 'Et mål', 'Vi kan se det', ?, 'hanne', ?)", goal, plan, i + 1,
                    Date.valueOf(endsOn), AT);
            // An earlier evaluation that the latest overrides: only the latest counts.
            evaluation(goal, "OPFOELGNING", STARTS_ON.plusWeeks(2), "IKKE_NAAET");
            evaluation(goal, "AFSLUTNING", STARTS_ON.plusWeeks(3), goals.get(i));
        }
        return plan;
    }

    /** A parent's outcome totals at the plan's first sessions (ORS), beside the child's. */
    void parentOutcomes(UUID plan, List<String> totals) throws SQLException {
        for (int i = 0; i < totals.size(); i++) {
            try (var query = connection.prepareStatement("select id from session where plan_id = ? and number = ?")) {
                query.setObject(1, plan);
                query.setInt(2, i + 1);
                try (var result = query.executeQuery()) {
                    result.next();
                    score(result.getObject(1, UUID.class), "PARENT", "OUTCOME", "ORS", totals.get(i));
                }
            }
        }
    }

    private UUID session(UUID plan, int number) throws SQLException {
        UUID session = UUID.randomUUID();
        update("insert into session (id, plan_id, number, held_on, colour, trend, expectation_rule, recorded_by, "
                + "recorded_at) values (?, ?, ?, ?, 'GREY', 'TOO_EARLY', 'DEFAULT', 'hanne', ?)", session, plan, number,
                Date.valueOf(STARTS_ON.plusWeeks(number - 1L)), AT);
        return session;
    }

    /** A score whose four items add up to the total (tenths spread as evenly as they go). */
    private void score(UUID session, String rater, String kind, String form, String total) throws SQLException {
        int tenths = new BigDecimal(total).movePointRight(1).intValueExact();
        BigDecimal[] items = new BigDecimal[4];
        for (int i = 0; i < 4; i++) {
            items[i] = BigDecimal.valueOf(tenths / 4 + (i < tenths % 4 ? 1 : 0), 1);
        }
        update("insert into score (id, session_id, rater, kind, form, item_1, item_2, item_3, item_4, total) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), session, rater, kind, form, items[0],
                items[1], items[2], items[3], new BigDecimal(total));
    }

    private void evaluation(UUID goal, String occasion, LocalDate on, String attainment) throws SQLException {
        update("insert into goal_evaluation (id, goal_id, occasion, evaluated_on, attainment, evaluated_by, evaluated_at) "
                + "values (?, ?, ?, ?, ?, 'hanne', ?)", UUID.randomUUID(), goal, occasion, Date.valueOf(on), attainment,
                AT);
    }

    /** A count the test asks for. */
    long count(String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
