package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How expected progress is set, from open rules and the municipality's own data, never the proprietary curves.
 * <p>
 * <b>Default rule</b> (until there is enough data): before session 4, anything that is not a reliable deterioration is
 * on track (expected = lower bound = intake − 5); from session 4 on, a reliable improvement is expected (expected =
 * intake + 5) and the lower bound stays at intake − 5. So no reliable improvement by the fourth session is orange and a
 * reliable deterioration is red.
 * <p>
 * <b>Derived rule</b> (once at least {@code minimumPlans} ended plans of the intake band have a score at that session
 * number): expected = intake + the mean change of those plans at that session number (rounded half up to one
 * decimal), lower bound = expected − 5 (one reliable change below what the municipality's own families achieved).
 *
 * @param minimumPlans how many reference series a band needs at a session number before the data is trusted
 * @param reference    the municipality's own data
 */
public record ExpectationRule(int minimumPlans, ReferenceChanges reference) {

    public static final int DEFAULT_MINIMUM_PLANS = 20;
    /** The session from which the default rule expects a reliable improvement. */
    public static final int DEFAULT_IMPROVEMENT_BY_SESSION = 4;

    public ExpectationRule {
        if (minimumPlans < 1 || reference == null) {
            throw new IllegalArgumentException("An expectation rule needs at least one plan and its data");
        }
    }

    /** The default rule only: no reference data. */
    public static ExpectationRule openDefault() {
        return new ExpectationRule(DEFAULT_MINIMUM_PLANS, ReferenceChanges.NONE);
    }

    /** The expectation at {@code sessionNumber} (1 is the intake session) for a series that started at {@code intake}. */
    public Expectation at(FitForm form, BigDecimal intake, int sessionNumber) {
        MeanChange data = reference.at(IntakeBand.of(form, intake), sessionNumber);
        if (data.plans() >= minimumPlans) {
            BigDecimal expected = intake.add(data.meanChange()).setScale(1, RoundingMode.HALF_UP);
            return new Expectation(expected, expected.subtract(ReliableChange.POINTS), ExpectationSource.DERIVED,
                    data.plans());
        }
        BigDecimal lowerBound = intake.subtract(ReliableChange.POINTS);
        BigDecimal expected = sessionNumber < DEFAULT_IMPROVEMENT_BY_SESSION ? lowerBound
                : intake.add(ReliableChange.POINTS);
        return new Expectation(expected, lowerBound, ExpectationSource.DEFAULT, 0);
    }
}
