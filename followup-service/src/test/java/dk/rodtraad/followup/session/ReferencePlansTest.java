package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.IntakeBand;
import dk.rodtraad.followup.fit.MeanChange;
import dk.rodtraad.followup.fit.ReferenceChanges;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.followup.PlanFixtures.as;
import static dk.rodtraad.followup.PlanFixtures.childOnTheTeamOf;
import static dk.rodtraad.followup.PlanFixtures.form;
import static dk.rodtraad.followup.PlanFixtures.planOf;
import static dk.rodtraad.followup.PlanFixtures.rating;
import static dk.rodtraad.followup.PlanFixtures.session;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The municipality's own data for expected progress, by SQL over the real tables: the ended plans' series in an intake
 * band, their count and mean change per session number; an active plan and alliance scores never count. The database
 * is shared with the other tests, so the test measures what its own plans add.
 */
@QuarkusTest
class ReferencePlansTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    /** A child of four: YCORS. Intakes below 5 are this test's own band. */
    private static final String FOUR_YEARS_OLD = YearMonth.from(TODAY).minusYears(4).minusMonths(2).toString();
    private static final IntakeBand BAND = new IntakeBand(FitForm.YCORS, 0);

    @Inject
    ReferencePlans referencePlans;

    @Test
    void theMeanChangeOfTheEndedPlansInABandAtEachSessionNumber() throws Throwable {
        ReferenceChanges before = changes();
        UUID child = childOnTheTeamOf(HANNE);
        ended(child, List.of(4.0, 6.0, 9.0));
        ended(child, List.of(2.0, 5.0));
        String active = planOf(HANNE, child, FOUR_YEARS_OLD, TODAY.minusDays(30));
        scored(active, List.of(1.0, 9.0));
        ReferenceChanges after = changes();

        assertAdded(before.at(BAND, 1), after.at(BAND, 1), 2, "0");
        assertAdded(before.at(BAND, 2), after.at(BAND, 2), 2, "5.0");
        assertAdded(before.at(BAND, 3), after.at(BAND, 3), 1, "5.0");
        assertEquals(before.at(new IntakeBand(FitForm.YCORS, 5), 2), after.at(new IntakeBand(FitForm.YCORS, 5), 2),
                "the second plan's 5.0 is a later total, not an intake in the next band");
    }

    /** What the test's plans added: so many more series, and their changes summed. */
    private static void assertAdded(MeanChange before, MeanChange after, int plans, String changeSum) {
        assertEquals(before.plans() + plans, after.plans());
        BigDecimal sumBefore = before.meanChange().multiply(BigDecimal.valueOf(before.plans()));
        BigDecimal sumAfter = after.meanChange().multiply(BigDecimal.valueOf(after.plans()));
        assertTrue(sumAfter.subtract(sumBefore).subtract(new BigDecimal(changeSum)).abs()
                .compareTo(new BigDecimal("0.01")) < 0, () -> "the changes added up to " + sumAfter.subtract(sumBefore));
    }

    /** A plan whose child rated these outcome totals at its sessions (an alliance form at each), then ended. */
    private static void ended(UUID child, List<Double> totals) {
        String plan = planOf(HANNE, child, FOUR_YEARS_OLD, TODAY.minusDays(30));
        scored(plan, totals);
        as(HANNE).body(Map.of("reason", "gennemfoert", "endedOn", TODAY.toString(), "version", 0)).when()
                .post("/api/plans/{id}/ending", plan).then().statusCode(200);
    }

    private static void scored(String plan, List<Double> totals) {
        for (int i = 0; i < totals.size(); i++) {
            as(HANNE).body(session(TODAY.minusDays(20 - i), rating("barn", form("ycors", totals.get(i), 0, 0, 0),
                            form("ycsrs", 10, 10, 10, 10)))).when()
                    .post("/api/plans/{id}/sessions", plan).then().statusCode(201);
        }
    }

    private ReferenceChanges changes() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(referencePlans::changes));
    }
}
