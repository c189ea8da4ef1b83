package dk.rodtraad.followup.fit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one rater filled in at one session: the outcome form at the start and, if it was filled in, the alliance form
 * at the end.
 *
 * @param sessionNumber  the plan's session number, 1 for the first (the intake); a rater who missed a session simply
 *                       has no scores for it
 * @param childAgeYears  the child's age on the session's date (for the clinical cut-off), see {@link ChildAge}
 * @param outcome        ORS, CORS or YCORS
 * @param alliance       SRS, CSRS or YCSRS, when given
 */
public record SessionScores(int sessionNumber, LocalDate date, Rater rater, int childAgeYears, Rating outcome,
                            Optional<Rating> alliance) {

    public SessionScores {
        if (sessionNumber < 1 || date == null || rater == null || childAgeYears < 0 || outcome == null
                || !outcome.form().isOutcome() || alliance == null
                || alliance.map(a -> a.form().isOutcome()).orElse(false)) {
            throw new IllegalArgumentException("Not a session's scores: session " + sessionNumber + ", " + rater
                    + ", outcome " + outcome + ", alliance " + alliance);
        }
    }
}
