package dk.rodtraad.bench;

import java.util.Locale;

/**
 * What the issue asks of a figure: a bound on its ratio to the baseline ("≤ 10 × baseline") or on the figure itself
 * ("≥ 20,000"), or nothing ({@link #NONE}, a figure shown for context). A figure that could not be measured meets
 * no goal.
 *
 * @param onRatio whether the bound is on the ratio to the baseline, not on the figure
 * @param atMost  whether the bound is an upper one
 * @param bound   the bound; NaN for no goal
 */
public record Goal(boolean onRatio, boolean atMost, double bound) {

    public static final Goal NONE = new Goal(false, true, Double.NaN);

    static Goal ratioAtMost(double factor) {
        return new Goal(true, true, factor);
    }

    static Goal ratioAtLeast(double factor) {
        return new Goal(true, false, factor);
    }

    static Goal atMost(double limit) {
        return new Goal(false, true, limit);
    }

    static Goal atLeast(double limit) {
        return new Goal(false, false, limit);
    }

    /** Whether the figure meets the goal; null when the goal asks nothing. */
    Boolean isMetBy(Double system, Double ratio) {
        if (Double.isNaN(bound)) {
            return null;
        }
        Double value = onRatio ? ratio : system;
        return value != null && (atMost ? value <= bound : value >= bound);
    }

    /** e.g. "≤ 10 × baseline", "≥ 20,000", or "" for no goal */
    String describe() {
        if (Double.isNaN(bound)) {
            return "";
        }
        return (atMost ? "≤ " : "≥ ") + number(bound) + (onRatio ? " × baseline" : "");
    }

    /** A number as the table shows it: thousands separated, at most two decimals, none for large values. */
    static String number(double value) {
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
