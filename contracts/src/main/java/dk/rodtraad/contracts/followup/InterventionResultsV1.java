package dk.rodtraad.contracts.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The municipality's own results of one intervention of the catalogue ({@code dk.rodtraad.followup.intervention-results.v1},
 * on {@code rodtraad.followup.results}, keyed by the intervention's id): followup-service's evaluation of every plan
 * that used it, in groups only — the whole, by intake band and by age group — never a child. A figure of a group
 * counting fewer than 5 children carries no number ({@code for-faa}), nor one hidden so that it cannot be worked out
 * from the others ({@code skjult}). Each event holds the whole result as it stands; a consumer keeps the one with the
 * latest {@code computedAt}. Definitions of the measures: docs/followup.md, "Evaluation".
 *
 * @param minimumGroupSize the fewest children a figure is shown for (5)
 * @param total            all the intervention's plans, group {@code i-alt}
 * @param byIntakeBand     by the first outcome total, in bands of 5 points: {@code 0-5} … {@code 35-40}, and
 *                         {@code uden-maaling} for plans without an outcome score
 * @param byAgeGroup       by the child's age at the plan's start: {@code 0-2}, {@code 3-5}, {@code 6-12}, {@code 13-17}
 */
public record InterventionResultsV1(UUID interventionId, Instant computedAt, int minimumGroupSize, Group total,
        List<Group> byIntakeBand, List<Group> byAgeGroup) {

    /** One group's figures, one per measure in a fixed order. */
    public record Group(String group, List<Figure> figures) {
    }

    /**
     * One measure of one group.
     *
     * @param measure    {@code planer-startet}, {@code gennemfoert}, {@code paalidelig-bedring},
     *                   {@code over-klinisk-graense}, {@code gennemsnitlig-forandring}, {@code maal-naaet},
     *                   {@code maal-delvist} or {@code alliance}
     * @param visibility {@code vist}, {@code for-faa} or {@code skjult}
     * @param children   how many children the figure is of; only when shown
     * @param value      a count ({@code planer-startet}), a percentage (0–100, one decimal) or a mean in points (one
     *                   decimal); only when shown, and absent when there was nothing to measure
     */
    public record Figure(String measure, String visibility, Integer children, BigDecimal value) {
    }
}
