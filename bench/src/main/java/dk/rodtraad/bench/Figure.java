package dk.rodtraad.bench;

/**
 * One line of the bench's table: what the system did, what the raw baseline on the same machine did in the same run
 * (if the figure has one), and the goal the issue sets.
 *
 * @param system   the system's figure, or null when it could not be measured (the note says why)
 * @param baseline the baseline's figure in the same unit, or null when the figure has none
 * @param note     how it was measured or why it is missing; may be empty
 */
public record Figure(String name, String unit, Double system, Double baseline, Goal goal, String note) {

    public static Figure of(String name, String unit, double system, Goal goal, String note) {
        return new Figure(name, unit, system, null, goal, note);
    }

    public static Figure against(String name, String unit, double system, double baseline, Goal goal, String note) {
        return new Figure(name, unit, system, baseline, goal, note);
    }

    /** A figure that could not be measured, and why. */
    public static Figure missing(String name, String unit, Goal goal, String why) {
        return new Figure(name, unit, null, null, goal, why);
    }

    /** system ÷ baseline, or null without both. */
    public Double ratio() {
        if (system == null || baseline == null || baseline == 0) {
            return null;
        }
        return system / baseline;
    }

    /** Whether the goal is met; null for a figure without a goal. */
    public Boolean met() {
        return goal.isMetBy(system, ratio());
    }
}
