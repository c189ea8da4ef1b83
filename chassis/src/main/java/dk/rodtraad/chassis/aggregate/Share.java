package dk.rodtraad.chassis.aggregate;

import java.util.Optional;

/**
 * A share: {@code count} of {@code of}, e.g. 12 of 15 meetings away from the office, or 4 of 9 children with a
 * reliable improvement.
 *
 * @param of what the share is of; 0 when there is nothing to measure yet
 */
public record Share(int count, int of) {

    public Share {
        if (count < 0 || count > of) {
            throw new IllegalArgumentException("A share of " + count + " of " + of);
        }
    }

    /** From 0 to 1; empty when there is nothing to measure (a share of nothing is no 0 %). */
    public Optional<Double> fraction() {
        return of == 0 ? Optional.empty() : Optional.of((double) count / of);
    }

    public Share plus(Share other) {
        return new Share(count + other.count, of + other.of);
    }
}
