package dk.rodtraad.followup.evaluation;

import dk.rodtraad.chassis.codes.Coded;

/** The child's age at the plan's start, in the groups the evaluation reports by. */
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
        for (AgeGroup group : values()) {
            if (years >= group.from && years <= group.to) {
                return group;
            }
        }
        throw new IllegalArgumentException("No age group for " + years + " years");
    }
}
