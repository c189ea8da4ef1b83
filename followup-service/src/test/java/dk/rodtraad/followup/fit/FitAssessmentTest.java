package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dk.rodtraad.followup.fit.FitColour.GREEN;
import static dk.rodtraad.followup.fit.FitColour.GREY;
import static dk.rodtraad.followup.fit.FitColour.ORANGE;
import static dk.rodtraad.followup.fit.FitColour.RED;
import static dk.rodtraad.followup.fit.Rater.CHILD;
import static dk.rodtraad.followup.fit.Rater.PARENT;
import static dk.rodtraad.followup.fit.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colours, trends and flags of whole series, each expected value worked out by hand from the published figures:
 * reliable change 5 points, alliance concern at 36 or lower or any drop, cut-offs ORS 25 (adult) / 28 (13–17) / CORS 32,
 * and the default rule (expected = lower bound = intake − 5 before session 4; expected intake + 5 from session 4).
 */
class FitAssessmentTest {

    private static final ExpectationRule DEFAULT = ExpectationRule.openDefault();

    @Test
    void aParentsSeriesGoesThroughEveryColour() {
        // intake 18.0 → before session 4: green from 13.0; from session 4: green from 23.0, red below 13.0
        var fit = FitAssessment.assess(List.of(
                session(1, PARENT, 9, "18.0", "38.0"),   // the intake: grey
                session(2, PARENT, 9, "19.0", "38.0"),   // 19.0 >= 13.0: green
                session(3, PARENT, 9, "17.5", "38.5"),   // 17.5 >= 13.0: green (a small dip is no deterioration)
                session(4, PARENT, 9, "20.0", "39.0"),   // 13.0 <= 20.0 < 23.0: orange
                session(5, PARENT, 9, "23.0", "39.0"),   // 23.0 >= 23.0: green, and a reliable improvement
                session(6, PARENT, 9, "22.0", "38.0")),  // outcome orange, but the alliance fell 39.0 → 38.0: red
                DEFAULT);
        RaterAssessment parent = fit.raters().getFirst();
        assertEquals(List.of(GREY, GREEN, GREEN, ORANGE, GREEN, RED), colours(parent));
        assertEquals(Set.of(AllianceConcern.DROPPED), parent.latest().allianceConcerns());
        assertTrue(parent.sessions().get(4).reliableImprovement());
        assertEquals(RED, fit.colour());
        // 22.0 − 18.0 = 4.0: no longer a reliable improvement
        assertEquals(Trend.NO_PROGRESS, fit.trend());
        assertEquals(6, fit.sessions());
        assertEquals(List.of(AlertAdvice.TALK_ABOUT_ALLIANCE, AlertAdvice.ADJUST_INTERVENTION,
                AlertAdvice.INVOLVE_COLLEAGUE, AlertAdvice.NETWORK_MEETING), fit.advice());
        assertTrue(fit.allianceConcern());
    }

    @Test
    void aDropOfFivePointsIsRedEvenOnTheLowerBound() {
        // intake 18.0, session 2 at 13.0: 13.0 is not below the lower bound 13.0, but 18.0 − 13.0 = 5.0 is a reliable
        // deterioration; 13.1 is neither
        var dropped = FitAssessment.assess(List.of(session(1, PARENT, 9, "18.0", null),
                session(2, PARENT, 9, "13.0", null)), DEFAULT);
        assertEquals(RED, dropped.colour());
        assertEquals(Trend.DETERIORATING, dropped.trend());
        assertTrue(dropped.raters().getFirst().latest().reliableDeterioration());
        var dipped = FitAssessment.assess(List.of(session(1, PARENT, 9, "18.0", null),
                session(2, PARENT, 9, "13.1", null)), DEFAULT);
        assertEquals(GREEN, dipped.colour());
        assertEquals(Trend.NO_PROGRESS, dipped.trend());
    }

    @Test
    void sixSessionsWithoutProgressAreOrangeUnderTheDefaultRule() {
        // intake 18.0, never 23.0 or more, never 13.0 or less: green twice, then orange from session 4
        var fit = FitAssessment.assess(List.of(
                session(1, CHILD, 14, "18.0", "38.0"), session(2, CHILD, 14, "18.5", "38.0"),
                session(3, CHILD, 14, "19.0", "38.0"), session(4, CHILD, 14, "18.0", "38.0"),
                session(5, CHILD, 14, "19.5", "38.0"), session(6, CHILD, 14, "19.0", "38.0")), DEFAULT);
        assertEquals(List.of(GREY, GREEN, GREEN, ORANGE, ORANGE, ORANGE), colours(fit.raters().getFirst()));
        assertEquals(Trend.NO_PROGRESS, fit.trend());
        assertEquals(6, fit.sessions());
        assertEquals(List.of(AlertAdvice.TALK_ABOUT_ALLIANCE, AlertAdvice.ADJUST_INTERVENTION), fit.advice());
        assertEquals(0, fit.redSessions());
    }

    @Test
    void withoutProgressAndAFallingAllianceTheSeriesTurnsRedAgainAndAgain() {
        // the seeds' journey: no reliable change, and the young person's alliance sinks to 36 and below
        var fit = FitAssessment.assess(List.of(
                session(1, CHILD, 14, "18.0", "38.0"), session(2, CHILD, 14, "18.5", "38.0"),
                session(3, CHILD, 14, "19.0", "38.0"), session(4, CHILD, 14, "18.0", "37.0"),
                session(5, CHILD, 14, "18.5", "36.0"), session(6, CHILD, 14, "18.0", "36.0")), DEFAULT);
        // session 4: 38.0 → 37.0 dropped; session 5: 36.0 low and dropped; session 6: 36.0 low
        assertEquals(List.of(GREY, GREEN, GREEN, RED, RED, RED), colours(fit.raters().getFirst()));
        assertEquals(Set.of(AllianceConcern.LOW), fit.raters().getFirst().latest().allianceConcerns());
        assertEquals(3, fit.redSessions());
        assertTrue(fit.repeatedRed());
        assertEquals(Trend.NO_PROGRESS, fit.trend());
    }

    @Test
    void theIntakeIsGreyEvenWithAnAllianceConcernButTheConcernIsFlagged() {
        var fit = FitAssessment.assess(List.of(session(1, PARENT, 9, "18.0", "30.0")), DEFAULT);
        assertEquals(GREY, fit.colour());
        assertEquals(Trend.TOO_EARLY, fit.trend());
        assertEquals(Set.of(AllianceConcern.LOW), fit.raters().getFirst().latest().allianceConcerns());
        assertEquals(List.of(), fit.advice());
    }

    @Test
    void anAllianceIsComparedWithTheRatersPreviousAllianceScoreEvenAcrossASessionWithout() {
        var fit = FitAssessment.assess(List.of(session(1, PARENT, 9, "18.0", "38.0"),
                session(2, PARENT, 9, "19.0", null), session(3, PARENT, 9, "19.0", "37.9")), DEFAULT);
        assertEquals(List.of(GREY, GREEN, RED), colours(fit.raters().getFirst()));
        assertEquals(Optional.empty(), fit.raters().getFirst().sessions().get(1).allianceTotal());
    }

    @Test
    void thePlanIsAsSeriousAsItsMostWorryingRater() {
        // the child (CORS, 9) improves 20.0 → 26.0; the parent (ORS) stays 18.0 → 19.0: both green at session 2
        var fit = FitAssessment.assess(List.of(
                session(1, CHILD, 9, "20.0", "38.0"), session(1, PARENT, 9, "18.0", "38.0"),
                session(2, CHILD, 9, "26.0", "38.0"), session(2, PARENT, 9, "19.0", "38.0")), DEFAULT);
        assertEquals(List.of(CHILD, PARENT), fit.raters().stream().map(RaterAssessment::rater).toList());
        assertEquals(Trend.IMPROVING, fit.raters().getFirst().trend());
        assertEquals(Trend.NO_PROGRESS, fit.trend());
        assertEquals(GREEN, fit.colour());
        assertEquals(2, fit.sessions());
    }

    @Test
    void theSwitchFromTheDefaultRuleToTheMunicipalitysDataChangesTheColour() {
        // At session 4 the plans of band ORS 15–<20 rose by 2.0 on average: expected 18.0 + 2.0 = 20.0, lower 15.0.
        // Default rule: expected 23.0, lower 13.0.
        List<SessionScores> onData = List.of(session(1, PARENT, 9, "18.0", null), session(2, PARENT, 9, "18.0", null),
                session(3, PARENT, 9, "18.0", null), session(4, PARENT, 9, "20.0", null));
        List<SessionScores> belowData = List.of(session(1, PARENT, 9, "18.0", null),
                session(2, PARENT, 9, "18.0", null), session(3, PARENT, 9, "18.0", null),
                session(4, PARENT, 9, "14.5", null));
        ReferenceChanges nineteen = (band, number) -> number == 4 ? new MeanChange(19, d("2.0")) : MeanChange.NONE;
        ReferenceChanges twenty = (band, number) -> number == 4 ? new MeanChange(20, d("2.0")) : MeanChange.NONE;

        var before = FitAssessment.assess(onData, new ExpectationRule(20, nineteen));
        assertEquals(ORANGE, before.colour());                        // 20.0 < 23.0
        assertEquals(ExpectationSource.DEFAULT, before.raters().getFirst().expectation().source());
        var after = FitAssessment.assess(onData, new ExpectationRule(20, twenty));
        assertEquals(GREEN, after.colour());                          // 20.0 >= 20.0
        assertEquals(new Expectation(d("20.0"), d("15.0"), ExpectationSource.DERIVED, 20),
                after.raters().getFirst().expectation());

        assertEquals(ORANGE, FitAssessment.assess(belowData, new ExpectationRule(20, nineteen)).colour()); // >= 13.0
        assertEquals(RED, FitAssessment.assess(belowData, new ExpectationRule(20, twenty)).colour());     // < 15.0
    }

    @Test
    void theCutOffFollowsTheChildsAgeWhileTheIntakeBandStays() {
        // 12 years: CORS, cut-off 32 — 31.9 is below; turned 13: ORS, cut-off 28 — 28.0 is on it
        var fit = FitAssessment.assess(List.of(session(1, CHILD, 12, "31.9", null),
                session(2, CHILD, 13, "28.0", null)), DEFAULT);
        RaterAssessment child = fit.raters().getFirst();
        assertEquals(FitForm.CORS, child.intakeForm());
        assertEquals(Optional.of(d("32")), child.sessions().get(0).cutOff());
        assertFalse(child.sessions().get(0).atOrAboveCutOff());
        assertEquals(Optional.of(d("28")), child.sessions().get(1).cutOff());
        assertTrue(child.sessions().get(1).atOrAboveCutOff());
    }

    @Test
    void aYoungChildsSeriesHasNoCutOff() {
        var fit = FitAssessment.assess(List.of(session(1, CHILD, 4, "30.0", null)), DEFAULT);
        assertEquals(Optional.empty(), fit.raters().getFirst().latest().cutOff());
        assertFalse(fit.raters().getFirst().latest().atOrAboveCutOff());
    }

    @Test
    void sessionsMayArriveInAnyOrderButNotTwice() {
        var fit = FitAssessment.assess(List.of(session(2, PARENT, 9, "23.0", null),
                session(1, PARENT, 9, "18.0", null)), DEFAULT);
        assertEquals(d("18.0"), fit.raters().getFirst().intake());
        assertEquals(Trend.IMPROVING, fit.trend());
        assertThrows(IllegalArgumentException.class, () -> FitAssessment.assess(List.of(
                session(1, PARENT, 9, "18.0", null), session(1, PARENT, 9, "19.0", null)), DEFAULT));
    }

    @Test
    void noScoresAreGreyAndTooEarly() {
        var fit = FitAssessment.assess(List.of(), DEFAULT);
        assertEquals(new FitAssessment(GREY, Trend.TOO_EARLY, 0, List.of(), List.of()), fit);
        assertFalse(fit.repeatedRed());
    }

    private static List<FitColour> colours(RaterAssessment series) {
        return series.sessions().stream().map(SessionFlags::colour).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
