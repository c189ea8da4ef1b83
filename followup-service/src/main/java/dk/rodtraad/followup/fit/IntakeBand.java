package dk.rodtraad.followup.fit;

import java.math.BigDecimal;

/**
 * The band of the intake score (the first outcome total of a rater's series) that expectations are derived for: bands
 * of 5 points, 0–&lt;5, 5–&lt;10, …, 35–40 (40 belongs to the last band), per form family (ORS, CORS, YCORS: their
 * totals are not comparable). Children who start low are expected to change more than children who start high.
 *
 * @param family the outcome form of the family ({@link FitForm#outcomeFamily()})
 * @param from   the band's lower end: 0, 5, …, 35
 */
public record IntakeBand(FitForm family, int from) {

    public static final int WIDTH = 5;
    static final int LAST_FROM = 35;

    public IntakeBand {
        if (family != family.outcomeFamily() || from < 0 || from > LAST_FROM || from % WIDTH != 0) {
            throw new IllegalArgumentException("No intake band " + family + " " + from);
        }
    }

    /** The band of an intake total on a form (an alliance form counts as its family's outcome form). */
    public static IntakeBand of(FitForm form, BigDecimal intakeTotal) {
        int from = Math.min(LAST_FROM, intakeTotal.intValue() / WIDTH * WIDTH);
        return new IntakeBand(form.outcomeFamily(), from);
    }

    /** The band's upper end, exclusive except for the last band, which holds 40. */
    public int to() {
        return from + WIDTH;
    }
}
