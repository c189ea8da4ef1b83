package dk.rodtraad.followup.fit;

import dk.rodtraad.testkit.FitForms;

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
     * A score with the given total, spread over the four items in tenths as evenly as one decimal allows (18.0 → 4.5
     * 4.5 4.5 4.5; 17.5 → 4.4 4.4 4.4 4.3), as the demo data and the system tests do.
     */
    public static Score spread(String total) {
        return new Score(FitForms.items(total));
    }
}
