package dk.rodtraad.followup.fit;

import java.math.BigDecimal;

/**
 * Reliable change (pålidelig forandring): a change of the outcome total of at least 5 points is more than the form's
 * measurement error ({@link PublishedFigures#RELIABLE_CHANGE}); a smaller one may be noise.
 */
public final class ReliableChange {

    public static final BigDecimal POINTS = PublishedFigures.RELIABLE_CHANGE;

    private ReliableChange() {
    }

    /** At least 5 points above the intake. */
    public static boolean isImprovement(BigDecimal intake, BigDecimal total) {
        return total.subtract(intake).compareTo(POINTS) >= 0;
    }

    /** At least 5 points below the intake. */
    public static boolean isDeterioration(BigDecimal intake, BigDecimal total) {
        return intake.subtract(total).compareTo(POINTS) >= 0;
    }
}
