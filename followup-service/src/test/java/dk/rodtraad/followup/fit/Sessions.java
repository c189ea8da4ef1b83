package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Sessions for the tests, weekly from 5 January 2026, with the scores spread over four items as people mark them. */
public final class Sessions {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

    private Sessions() {
    }

    /** A session whose outcome total is {@code outcome} and alliance total {@code alliance} (null: not filled in). */
    public static SessionScores session(int number, Rater rater, int age, String outcome, String alliance) {
        return new SessionScores(number, FIRST.plusWeeks(number - 1L), rater, age,
                new Rating(FitForm.outcomeFor(rater, age), spread(outcome)),
                Optional.ofNullable(alliance).map(a -> new Rating(FitForm.allianceFor(rater, age), spread(a))));
    }

    /**
     * A score with the given total: four items of a quarter each where that has one decimal, else the remainder on the
     * last item (18.0 → 4.5 4.5 4.5 4.5; 17.5 → 4.3 4.3 4.3 4.6).
     */
    public static Score spread(String total) {
        int tenths = new BigDecimal(total).movePointRight(1).intValueExact();
        int quarter = tenths / 4;
        int last = tenths - 3 * quarter;
        return Score.of(tenth(quarter), tenth(quarter), tenth(quarter), tenth(last));
    }

    private static String tenth(int tenths) {
        return tenths / 10 + "." + tenths % 10;
    }
}
