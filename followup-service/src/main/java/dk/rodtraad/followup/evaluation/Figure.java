package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.aggregate.Visibility;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One measure of one group: its number only when the group may show it.
 *
 * @param children how many children the measure is taken over; 0 unless shown
 * @param value    the number, to one decimal; empty unless shown, or when there was nothing to measure
 */
public record Figure(Measure measure, Visibility visibility, int children, Optional<BigDecimal> value) {

    static Figure shown(Measure measure, int children, Optional<BigDecimal> value) {
        return new Figure(measure, Visibility.SHOWN, children, value);
    }

    static Figure withheld(Measure measure, Visibility visibility) {
        return new Figure(measure, visibility, 0, Optional.empty());
    }
}
