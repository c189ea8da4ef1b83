package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One filled-in FIT form: four items, each a mark on a 0–10 line read to one decimal, and their total 0–40.
 * <p>
 * The items are {@link BigDecimal}s, not doubles or tenths as int: a score is a decimal number people read and type
 * ("7,3"), it must add up exactly (7.1 + 7.2 + 7.3 + 0.1 is 21.7, not the doubles' 21.700000000000003), it maps one
 * to one onto the database's {@code numeric(3,1)} and onto JSON numbers, and "at most one decimal" is a question a
 * BigDecimal can answer.
 *
 * @param items the four items in the form's order
 */
public record Score(List<BigDecimal> items) {

    public static final int ITEMS = 4;
    static final BigDecimal ITEM_MAX = BigDecimal.TEN;

    /** What is wrong with one item, or with the list ({@code items}) when it is not four items. */
    public enum Problem {
        /** Not four items. */
        WRONG_COUNT,
        /** An item left out. */
        MISSING,
        /** Below 0 or above 10. */
        OUT_OF_RANGE,
        /** More than one decimal. */
        TOO_MANY_DECIMALS
    }

    /**
     * A problem with the input, naming the field as the API's problem+json does: {@code items} or {@code items[2]}
     * (counted from 0, like the JSON array).
     */
    public record ItemProblem(String field, Problem problem) {
    }

    /** Thrown when a score is built from items that {@link #check} refuses. */
    public static final class InvalidScoreException extends IllegalArgumentException {
        private final transient List<ItemProblem> problems;

        InvalidScoreException(List<ItemProblem> problems) {
            super("Not a FIT score: " + problems.stream().map(p -> p.field() + " " + p.problem())
                    .collect(Collectors.joining(", ")));
            this.problems = List.copyOf(problems);
        }

        public List<ItemProblem> problems() {
            return problems;
        }
    }

    public Score {
        List<ItemProblem> problems = check(items);
        if (!problems.isEmpty()) {
            throw new InvalidScoreException(problems);
        }
        items = List.copyOf(items);
    }

    /** A score from numbers as written, e.g. {@code Score.of("7.3", "8", "6.5", "9.1")}. */
    public static Score of(String... items) {
        return new Score(Arrays.stream(items).map(BigDecimal::new).toList());
    }

    /** Every problem with the items, by field; empty when they make a score. */
    public static List<ItemProblem> check(List<BigDecimal> items) {
        if (items == null || items.size() != ITEMS) {
            return List.of(new ItemProblem("items", Problem.WRONG_COUNT));
        }
        var problems = new ArrayList<ItemProblem>();
        for (int i = 0; i < items.size(); i++) {
            BigDecimal item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                problems.add(new ItemProblem(field, Problem.MISSING));
            } else if (item.signum() < 0 || item.compareTo(ITEM_MAX) > 0) {
                problems.add(new ItemProblem(field, Problem.OUT_OF_RANGE));
            } else if (item.stripTrailingZeros().scale() > 1) {
                problems.add(new ItemProblem(field, Problem.TOO_MANY_DECIMALS));
            }
        }
        return List.copyOf(problems);
    }

    /** The total, 0–40, with one decimal. */
    public BigDecimal total() {
        return items.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
    }
}
