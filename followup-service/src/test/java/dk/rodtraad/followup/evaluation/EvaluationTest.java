package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.chassis.codes.AgeGroup;
import dk.rodtraad.followup.evaluation.InterventionEvaluation.Group;
import dk.rodtraad.followup.fit.FitForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dk.rodtraad.followup.evaluation.APlan.aPlan;
import static dk.rodtraad.followup.plan.GoalAttainment.DELVIST;
import static dk.rodtraad.followup.plan.GoalAttainment.IKKE_NAAET;
import static dk.rodtraad.followup.plan.GoalAttainment.NAAET;
import static dk.rodtraad.followup.plan.PlanEndReason.GENNEMFOERT;
import static dk.rodtraad.followup.plan.PlanEndReason.STOPPET_AF_FAMILIEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The evaluation's figures and their suppression, each expected number worked out by hand in the comments. */
class EvaluationTest {

    /**
     * Five children of 8, all ended, on CORS (cut-off 32). Changes: +8.5, +3, +6, −1, +5 — three of at least 5 points
     * (the +5 exactly), 3 of 5 = 60 %; mean 21.5 / 5 = 4.3. On or above 32 at the end: only the last (32.0), 1 of 5 =
     * 20 %. Completed: 4 of 5 ended = 80 %. Goals: 8 evaluated over the 5 plans, 4 reached = 50 %, 3 partly = 37.5 %.
     * Alliance: (38 + 36 + 39.5 + 35 + 40) / 5 = 188.5 / 5 = 37.7.
     */
    private static final List<PlanFacts> FIVE_ENDED = List.of(
            aPlan().ended(GENNEMFOERT).outcome("12.0", "20.5", "32").goals(NAAET, DELVIST).alliance("38.0").facts(),
            aPlan().ended(GENNEMFOERT).outcome("15.0", "18.0", "32").goals(NAAET).alliance("36.0").facts(),
            aPlan().ended(GENNEMFOERT).outcome("10.0", "16.0", "32").goals(IKKE_NAAET).alliance("39.5").facts(),
            aPlan().ended(STOPPET_AF_FAMILIEN).outcome("20.0", "19.0", "32").goals(DELVIST).alliance("35.0").facts(),
            aPlan().ended(GENNEMFOERT).outcome("27.0", "32.0", "32").goals(NAAET, NAAET, DELVIST).alliance("40.0")
                    .facts());

    @Test
    void measuresFiveEndedPlansAsWorkedOutByHand() {
        Group total = only(Evaluation.of(FIVE_ENDED)).total();

        assertEquals(shown(Measure.PLANS_STARTED, 5, "5"), total.figure(Measure.PLANS_STARTED));
        assertEquals(shown(Measure.COMPLETED, 5, "80.0"), total.figure(Measure.COMPLETED));
        assertEquals(shown(Measure.RELIABLE_IMPROVEMENT, 5, "60.0"), total.figure(Measure.RELIABLE_IMPROVEMENT));
        assertEquals(shown(Measure.ABOVE_CUT_OFF_AT_END, 5, "20.0"), total.figure(Measure.ABOVE_CUT_OFF_AT_END));
        assertEquals(shown(Measure.MEAN_CHANGE, 5, "4.3"), total.figure(Measure.MEAN_CHANGE));
        assertEquals(shown(Measure.GOALS_REACHED, 5, "50.0"), total.figure(Measure.GOALS_REACHED));
        assertEquals(shown(Measure.GOALS_PARTLY, 5, "37.5"), total.figure(Measure.GOALS_PARTLY));
        assertEquals(shown(Measure.ALLIANCE, 5, "37.7"), total.figure(Measure.ALLIANCE));
    }

    @Test
    void aGroupOfFewerThanFiveChildrenShowsNoNumber() {
        Group total = only(Evaluation.of(FIVE_ENDED.subList(0, 4))).total();

        for (Measure measure : Measure.values()) {
            assertEquals(Figure.withheld(measure, Visibility.TOO_FEW), total.figure(measure), measure.code());
        }
    }

    /**
     * A measure is suppressed over the children it is taken over: of six children, one still ongoing and one without a
     * cut-off (YCORS) leave four for "on or above the cut-off at the end", which is then "for få" though the group
     * shows its six plans.
     */
    @Test
    void eachMeasureIsSuppressedOverTheChildrenItIsTakenOver() {
        var plans = Stream.concat(FIVE_ENDED.subList(0, 4).stream(), Stream.of(
                aPlan().age(4).form(FitForm.YCORS).ended(GENNEMFOERT).outcome("20.0", "30.0", null).facts(),
                aPlan().intake("22.0").facts())).toList();

        Group total = only(Evaluation.of(plans)).total();

        assertEquals(shown(Measure.PLANS_STARTED, 6, "6"), total.figure(Measure.PLANS_STARTED));
        // Ended with two scores: the four and the YCORS one; +8.5, +3, +6, −1, +10: 3 of 5; 26.5 / 5 = 5.3.
        assertEquals(shown(Measure.RELIABLE_IMPROVEMENT, 5, "60.0"), total.figure(Measure.RELIABLE_IMPROVEMENT));
        assertEquals(shown(Measure.MEAN_CHANGE, 5, "5.3"), total.figure(Measure.MEAN_CHANGE));
        assertEquals(Figure.withheld(Measure.ABOVE_CUT_OFF_AT_END, Visibility.TOO_FEW),
                total.figure(Measure.ABOVE_CUT_OFF_AT_END));
        // Goals and alliance only on the four: too few.
        assertEquals(Visibility.TOO_FEW, total.figure(Measure.GOALS_REACHED).visibility());
        assertEquals(Visibility.TOO_FEW, total.figure(Measure.ALLIANCE).visibility());
    }

    /**
     * Thirteen children by intake on CORS: 6 in 10–15, 5 in 15–20, 2 in 20–25. The 2 are "for få"; shown beside them,
     * the 5 would give the 2 away (13 − 6 − 5), so the smallest shown band, 15–20, is hidden too: 2 + 5 = 7 hidden.
     */
    @Test
    void aBandIsHiddenWhenTheWholeLessTheShownBandsWouldGiveASmallOneAway() {
        var plans = Stream.of(plans(6, "12.0"), plans(5, "17.0"), plans(2, "22.0")).flatMap(List::stream).toList();

        InterventionEvaluation evaluation = only(Evaluation.of(plans));

        assertEquals(shown(Measure.PLANS_STARTED, 13, "13"), evaluation.total().figure(Measure.PLANS_STARTED));
        assertEquals(25, evaluation.byIntakeBand().size(), "8 bands of each of the three form families, and none");
        assertEquals(Map.of("cors-10-15", Visibility.SHOWN, "cors-15-20", Visibility.HIDDEN_TO_PROTECT,
                        "cors-20-25", Visibility.TOO_FEW, "ors-10-15", Visibility.TOO_FEW,
                        "uden-maaling", Visibility.TOO_FEW),
                evaluation.byIntakeBand().stream().filter(g -> Set.of("cors-10-15", "cors-15-20", "cors-20-25",
                                "ors-10-15", "uden-maaling").contains(g.code()))
                        .collect(Collectors.toMap(Group::code, g -> g.figure(Measure.PLANS_STARTED).visibility())));
        assertEquals(shown(Measure.PLANS_STARTED, 6, "6"), evaluation.byIntakeBand().stream()
                .filter(g -> g.code().equals("cors-10-15")).findFirst().orElseThrow().figure(Measure.PLANS_STARTED));
        // Every age group is listed; all thirteen are 8, so 6–12 shows them and the empty ones hide nothing.
        assertEquals(List.of("0-2", "3-5", "6-12", "13-17"), evaluation.byAgeGroup().stream().map(Group::code).toList());
        assertEquals(shown(Measure.PLANS_STARTED, 13, "13"), evaluation.byAgeGroup().get(2)
                .figure(Measure.PLANS_STARTED));
    }

    @Test
    void intakeBandsAreFivePointsWidePerFormFamily() {
        assertEquals("cors-0-5", IntakeBands.of(Optional.of(series(FitForm.CORS, "4.9"))));
        assertEquals("cors-5-10", IntakeBands.of(Optional.of(series(FitForm.CORS, "5.0"))));
        assertEquals("ors-35-40", IntakeBands.of(Optional.of(series(FitForm.ORS, "40.0"))));
        assertEquals("ycors-30-35", IntakeBands.of(Optional.of(series(FitForm.YCORS, "34.9"))));
        assertEquals("uden-maaling", IntakeBands.of(Optional.empty()));
    }

    @Test
    void aChildCountsOncePerInterventionByItsLatestPlan() {
        UUID child = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        var plans = Stream.concat(plans(4, "12.0").stream(), Stream.of(
                aPlan().child(child).startsOn(LocalDate.of(2025, 9, 1)).ended(STOPPET_AF_FAMILIEN).facts(),
                aPlan().child(child).startsOn(LocalDate.of(2026, 2, 1)).ended(GENNEMFOERT).facts(),
                aPlan().child(child).intervention(other).facts())).toList();

        List<InterventionEvaluation> evaluations = Evaluation.of(plans);

        InterventionEvaluation first = evaluations.stream()
                .filter(e -> e.interventionId().equals(APlan.INTERVENTION)).findFirst().orElseThrow();
        assertEquals(shown(Measure.PLANS_STARTED, 5, "5"), first.total().figure(Measure.PLANS_STARTED));
        // Only the latest plan ended, completed; one ended plan is too few to say how many were completed.
        assertEquals(Visibility.TOO_FEW, first.total().figure(Measure.COMPLETED).visibility());
        assertEquals(2, evaluations.size(), "each intervention on its own");
    }

    @Test
    void ageGroupsAreTheIssuesFour() {
        assertEquals(List.of(AgeGroup.FROM_0, AgeGroup.FROM_3, AgeGroup.FROM_3, AgeGroup.FROM_6, AgeGroup.FROM_6,
                AgeGroup.FROM_13, AgeGroup.FROM_13), Stream.of(2, 3, 5, 6, 12, 13, 17).map(AgeGroup::of).toList());
    }

    private static List<PlanFacts> plans(int children, String intake) {
        return IntStream.range(0, children).mapToObj(i -> aPlan().intake(intake).facts()).toList();
    }

    private static PlanFacts.OutcomeSeries series(FitForm form, String intake) {
        return new PlanFacts.OutcomeSeries(form, new BigDecimal(intake), new BigDecimal(intake), 1, Optional.empty());
    }

    private static Figure shown(Measure measure, int children, String value) {
        return Figure.shown(measure, children, Optional.of(new BigDecimal(value)));
    }

    private static InterventionEvaluation only(List<InterventionEvaluation> evaluations) {
        assertEquals(1, evaluations.size());
        return evaluations.getFirst();
    }
}
