package dk.rodtraad.followup.evaluation;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Six children of 8 on one intervention, as rows, whose figures are worked out by hand (as in {@code EvaluationTest}):
 * five ended (four completed, one stopped by the family) with the child's CORS totals 12→20.5, 15→18, 10→16, 20→19,
 * 27→32 — 3 of 5 with a reliable improvement (60 %), mean change 21.5 / 5 = 4.3, 1 of 5 on or above CORS's 32 (20 %);
 * goals 4 of 8 reached (50 %), 3 partly (37.5 %); alliance (38 + 36 + 39.5 + 35 + 40) / 5 = 37.7 — and one ongoing with
 * an intake only. A parent's ORS scores on the first plan fall 30→20: the child's own series is the one evaluated.
 */
public final class SixChildren {

    public static final String NAME = "Cool Kids – angstgruppe";

    private SixChildren() {
    }

    /** A new intervention with the six children's plans; its id. */
    public static UUID write() throws SQLException {
        UUID intervention = UUID.randomUUID();
        PlanRows.write(rows -> {
            rows.intervention(intervention, NAME);
            UUID first = rows.plan(intervention, "GENNEMFOERT", List.of("12.0", "14.0", "18.0", "20.5"),
                    List.of("37.0", "38.0", "38.0", "38.0"), List.of("NAAET", "DELVIST"));
            rows.parentOutcomes(first, List.of("30.0", "25.0", "22.0", "20.0"));
            rows.plan(intervention, "GENNEMFOERT", List.of("15.0", "16.0", "18.0"), List.of("36.0"), List.of("NAAET"));
            rows.plan(intervention, "GENNEMFOERT", List.of("10.0", "16.0"), List.of("39.0", "39.5"),
                    List.of("IKKE_NAAET"));
            rows.plan(intervention, "STOPPET_AF_FAMILIEN", List.of("20.0", "19.0"), List.of("35.0"),
                    List.of("DELVIST"));
            rows.plan(intervention, "GENNEMFOERT", List.of("27.0", "29.0", "32.0"), List.of("40.0"),
                    List.of("NAAET", "NAAET", "DELVIST"));
            rows.plan(intervention, null, List.of("22.0"), List.of(), List.of());
        });
        return intervention;
    }
}
