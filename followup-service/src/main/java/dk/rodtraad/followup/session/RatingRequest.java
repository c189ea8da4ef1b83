package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.Rater;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What one rater filled in at a session: the outcome form at its start and, if it was filled in, the alliance form at
 * its end. The forms must fit the rater and the child's age on the session's day.
 */
public record RatingRequest(
        @NotNull(message = "Vælg hvem der har udfyldt skemaerne: barn, forælder eller anden-voksen") Rater rater,
        @NotNull(message = "Angiv trivselsskemaet fra sessionens begyndelse") @Valid FormScoresRequest outcome,
        @Valid FormScoresRequest alliance) {
}
