package dk.rodtraad.networkmeeting.fidelity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A calendar quarter (kvartal), the unit a fidelity period is chosen in: whole quarters, as a municipality reports,
 * so two periods differ by at least a quarter's courses.
 *
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-K([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    /** The quarter a code names, e.g. {@code 2026-K3}; empty for anything else. */
    public static Optional<Quarter> parse(String code) {
        var match = CODE.matcher(code == null ? "" : code.strip());
        return match.matches() ? Optional.of(new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))))
                : Optional.empty();
    }

    /** E.g. {@code 2026-K3}: how an address names it. */
    public String code() {
        return year + "-K" + number;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 3 * (number - 1) + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter that many quarters later (earlier, for a negative number). */
    public Quarter plus(int quarters) {
        int index = year * 4 + (number - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }
}
