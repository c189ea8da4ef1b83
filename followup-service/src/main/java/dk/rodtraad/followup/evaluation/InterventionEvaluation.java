package dk.rodtraad.followup.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * The evaluation of one intervention: all its plans, then by intake band and by age group, every band and age group
 * listed whether it holds plans or not (so that a "for få" never tells 0 from 1 to 4). Each group has a figure per
 * {@link Measure}, in the measures' order.
 */
public record InterventionEvaluation(UUID interventionId, Group total, List<Group> byIntakeBand,
        List<Group> byAgeGroup) {

    /**
     * A group of plans and its figures.
     *
     * @param code {@code i-alt} for all plans, else the band's or the age group's code
     */
    public record Group(String code, List<Figure> figures) {

        public static final String TOTAL = "i-alt";

        public Figure figure(Measure measure) {
            return figures.get(measure.ordinal());
        }
    }
}
