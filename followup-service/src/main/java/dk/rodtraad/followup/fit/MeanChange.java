package dk.rodtraad.followup.fit;

import java.math.BigDecimal;

/**
 * What the municipality's own ended plans say for one intake band and session number: how many reference series
 * (ended plans, one rater each, in the band) have an outcome score at that session number, and the mean change of
 * their total from their intake there.
 *
 * @param plans      the number of reference series; 0 when there are none
 * @param meanChange the mean of (total at the session − intake total); zero when there are no plans
 */
public record MeanChange(int plans, BigDecimal meanChange) {

    public static final MeanChange NONE = new MeanChange(0, BigDecimal.ZERO);

    public MeanChange {
        if (plans < 0 || meanChange == null) {
            throw new IllegalArgumentException("A mean change of " + plans + " plans: " + meanChange);
        }
    }
}
