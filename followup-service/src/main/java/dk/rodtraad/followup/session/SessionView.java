package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Trend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A session with its scores, and the colour and trend FIT gave the plan after it.
 *
 * @param ratings one per rater, in the order child, parent, other adult
 */
public record SessionView(UUID id, UUID planId, int number, LocalDate heldOn, FitColour colour, Trend trend,
        ExpectationSource expectationRule, String recordedBy, Instant recordedAt, List<RatingView> ratings) {

    /** One rater's forms: the outcome form and, if filled in, the alliance form (else null). */
    public record RatingView(Rater rater, FormScoresView outcome, FormScoresView alliance) {
    }

    public record FormScoresView(FitForm form, List<BigDecimal> items, BigDecimal total) {

        static FormScoresView of(SessionScore score) {
            return score == null ? null : new FormScoresView(score.form,
                    List.of(score.item1, score.item2, score.item3, score.item4), score.total);
        }
    }

    static SessionView of(ScoredSession scored) {
        var session = scored.session();
        var ratings = scored.scores().stream().map(score -> score.rater).distinct().sorted(Comparator.naturalOrder())
                .map(rater -> new RatingView(rater, FormScoresView.of(scored.score(rater, ScoreKind.OUTCOME)),
                        FormScoresView.of(scored.score(rater, ScoreKind.ALLIANCE))))
                .toList();
        return new SessionView(session.id, session.planId, session.number, session.heldOn, session.colour,
                session.trend, session.expectationRule, session.recordedBy, session.recordedAt, ratings);
    }
}
