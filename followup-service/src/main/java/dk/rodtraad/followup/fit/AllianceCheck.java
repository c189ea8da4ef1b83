package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The alliance (samarbejdet) check on an alliance form (SRS, CSRS, YCSRS): a concern when the total is 36 or lower, or
 * lower than the same rater's previous alliance total ({@link PublishedFigures}). A concern makes the session red: a
 * weak alliance predicts drop-out and no progress, and it is the first thing to talk about.
 */
public final class AllianceCheck {

    private AllianceCheck() {
    }

    /**
     * @param previous the same rater's alliance total at their previous session with one, if any
     * @return the concerns; empty when the alliance is sound
     */
    public static Set<AllianceConcern> concerns(BigDecimal total, Optional<BigDecimal> previous) {
        Set<AllianceConcern> concerns = EnumSet.noneOf(AllianceConcern.class);
        if (total.compareTo(PublishedFigures.ALLIANCE_CONCERN_AT_OR_BELOW) <= 0) {
            concerns.add(AllianceConcern.LOW);
        }
        if (previous.isPresent() && total.compareTo(previous.get()) < 0) {
            concerns.add(AllianceConcern.DROPPED);
        }
        return Collections.unmodifiableSet(concerns);
    }
}
