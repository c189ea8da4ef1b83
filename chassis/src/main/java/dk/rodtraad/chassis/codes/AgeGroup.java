package dk.rodtraad.chassis.codes;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * A child's age in the groups (aldersgrupper) Rød Tråd reports by, never the birth date: followup-service's evaluation
 * of an intervention by the child's age at the plan's start, and the age band of a concern on the analysts' stream
 * (docs/analytics.md). One list, so that the two speak the same groups.
 */
public enum AgeGroup implements Coded {
    FROM_0(0, 2), FROM_3(3, 5), FROM_6(6, 12), FROM_13(13, 17);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** {@code 0-2}, {@code 3-5}, {@code 6-12}, {@code 13-17}. */
    @Override
    public String code() {
        return from + "-" + to;
    }

    /** The group of an age in whole years; a plan is for a child under 18. */
    public static AgeGroup of(int years) {
        return ofAge(years).orElseThrow(() -> new IllegalArgumentException("No age group for " + years + " years"));
    }

    /** The group of someone born on {@code born} on {@code day}; empty from 18 on (a young adult, e.g. in efterværn). */
    public static Optional<AgeGroup> on(LocalDate born, LocalDate day) {
        return ofAge(Period.between(born, day).getYears());
    }

    private static Optional<AgeGroup> ofAge(int years) {
        return Arrays.stream(values()).filter(group -> years >= group.from && years <= group.to).findFirst();
    }
}
