package dk.rodtraad.followup.fit;

import dk.rodtraad.followup.fit.Score.ItemProblem;
import dk.rodtraad.followup.fit.Score.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Four items on a 0–10 line with one decimal, total 0–40 (issue 14; domain notes, "FIT forms"). */
class ScoreTest {

    @Test
    void theTotalIsTheExactSumOfTheFourItems() {
        // 7.1 + 7.2 + 7.3 + 0.1 = 21.7 exactly (as doubles it is 21.700000000000003)
        assertEquals(new BigDecimal("21.7"), Score.of("7.1", "7.2", "7.3", "0.1").total());
        assertEquals(new BigDecimal("40.0"), Score.of("10", "10", "10", "10").total());
        assertEquals(new BigDecimal("0.0"), Score.of("0", "0", "0", "0").total());
    }

    @Test
    void anItemAboveTenOrBelowZeroIsNamed() {
        assertEquals(List.of(new ItemProblem("items[2]", Problem.OUT_OF_RANGE)), check("5", "5", "10.5", "5"));
        assertEquals(List.of(new ItemProblem("items[0]", Problem.OUT_OF_RANGE)), check("-1", "5", "5", "5"));
    }

    @Test
    void anItemWithTwoDecimalsIsNamed() {
        assertEquals(List.of(new ItemProblem("items[1]", Problem.TOO_MANY_DECIMALS)), check("5", "7.25", "5", "5"));
        assertEquals(List.of(), check("5", "7.50", "5", "10.0"));
    }

    @Test
    void everyBadItemIsNamedAtOnce() {
        assertEquals(List.of(new ItemProblem("items[0]", Problem.MISSING),
                        new ItemProblem("items[3]", Problem.OUT_OF_RANGE)),
                Score.check(Arrays.asList(null, new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("11"))));
    }

    @Test
    void notFourItemsIsAProblemOfTheList() {
        assertEquals(List.of(new ItemProblem("items", Problem.WRONG_COUNT)), check("5", "5", "5"));
        assertEquals(List.of(new ItemProblem("items", Problem.WRONG_COUNT)), Score.check(null));
    }

    @Test
    void aScoreCannotBeBuiltFromBadItems() {
        var refused = assertThrows(Score.InvalidScoreException.class, () -> Score.of("5", "5", "5", "10.1"));
        assertEquals(List.of(new ItemProblem("items[3]", Problem.OUT_OF_RANGE)), refused.problems());
    }

    private static List<ItemProblem> check(String... items) {
        return Score.check(Arrays.stream(items).map(BigDecimal::new).toList());
    }
}
