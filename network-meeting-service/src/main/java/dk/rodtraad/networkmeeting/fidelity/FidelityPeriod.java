package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.chassis.time.DanishDates;

import java.time.Instant;

/**
 * The courses a fidelity report covers: those whose first contact came from the first day of {@code from} to the last
 * day of {@code to}, by the municipality's calendar. A course is measured with all its meetings and agreements, also
 * those after the period.
 */
public record FidelityPeriod(Quarter from, Quarter to) {

    /** How many quarters the page's default period covers: a year. */
    static final int DEFAULT_QUARTERS = 4;

    public FidelityPeriod {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("The period " + from.code() + " to " + to.code() + " ends before it starts");
        }
    }

    /** The year up to and including the quarter: it and the three before it. */
    public static FidelityPeriod yearUpTo(Quarter last) {
        return new FidelityPeriod(last.plus(1 - DEFAULT_QUARTERS), last);
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.firstDay().atStartOfDay(DanishDates.MUNICIPALITY).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.lastDay().plusDays(1).atStartOfDay(DanishDates.MUNICIPALITY).toInstant();
    }
}
