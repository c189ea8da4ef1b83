package dk.rodtraad.followup.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expected progress from open rules until the municipality has enough ended plans in the intake band, then from them.
 * Every expected figure below is worked out by hand from the intake and the reliable change of 5 points.
 */
class ExpectationRuleTest {

    private static final BigDecimal INTAKE = new BigDecimal("18.0");

    @Test
    void beforeTheFourthSessionTheDefaultRuleAsksOnlyForNoReliableDeterioration() {
        // intake 18.0: expected = lower bound = 18.0 - 5 = 13.0
        Expectation second = ExpectationRule.openDefault().at(FitForm.ORS, INTAKE, 2);
        assertEquals(new Expectation(d("13.0"), d("13.0"), ExpectationSource.DEFAULT, 0), second);
        assertEquals(second, ExpectationRule.openDefault().at(FitForm.ORS, INTAKE, 3));
    }

    @Test
    void fromTheFourthSessionTheDefaultRuleExpectsAReliableImprovement() {
        // intake 18.0: expected = 18.0 + 5 = 23.0, lower bound = 18.0 - 5 = 13.0
        assertEquals(new Expectation(d("23.0"), d("13.0"), ExpectationSource.DEFAULT, 0),
                ExpectationRule.openDefault().at(FitForm.ORS, INTAKE, 4));
        assertEquals(new Expectation(d("23.0"), d("13.0"), ExpectationSource.DEFAULT, 0),
                ExpectationRule.openDefault().at(FitForm.ORS, INTAKE, 9));
    }

    @Test
    void withEnoughEndedPlansInTheBandTheExpectationComesFromThem() {
        // 20 plans in band ORS 15–<20 with a mean change of 3.45 at session 4:
        // expected = 18.0 + 3.45 = 21.45, half up 21.5; lower bound = 21.5 - 5 = 16.5
        ReferenceChanges data = (band, session) -> band.equals(new IntakeBand(FitForm.ORS, 15)) && session == 4
                ? new MeanChange(20, d("3.45")) : MeanChange.NONE;
        assertEquals(new Expectation(d("21.5"), d("16.5"), ExpectationSource.DERIVED, 20),
                new ExpectationRule(20, data).at(FitForm.ORS, INTAKE, 4));
    }

    @Test
    void oneEndedPlanShortOfTheMinimumKeepsTheDefaultRule() {
        ReferenceChanges data = (band, session) -> new MeanChange(19, d("3.45"));
        assertEquals(new Expectation(d("23.0"), d("13.0"), ExpectationSource.DEFAULT, 0),
                new ExpectationRule(20, data).at(FitForm.ORS, INTAKE, 4));
    }

    @Test
    void theMinimumIsConfigurable() {
        // 5 plans, mean change -1.0 at session 2 (families in this band dip first): expected 17.0, lower bound 12.0
        ReferenceChanges data = (band, session) -> new MeanChange(5, d("-1.0"));
        assertEquals(new Expectation(d("17.0"), d("12.0"), ExpectationSource.DERIVED, 5),
                new ExpectationRule(5, data).at(FitForm.ORS, INTAKE, 2));
    }

    @Test
    void theDataOfAnotherFormFamilyDoesNotCount() {
        // The same intake total on the CORS falls in band CORS 15, for which there is no data.
        ReferenceChanges data = (band, session) -> band.family() == FitForm.ORS
                ? new MeanChange(30, d("6.0")) : MeanChange.NONE;
        assertEquals(ExpectationSource.DEFAULT, new ExpectationRule(20, data).at(FitForm.CORS, INTAKE, 4).source());
        assertEquals(ExpectationSource.DERIVED, new ExpectationRule(20, data).at(FitForm.ORS, INTAKE, 4).source());
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
