package dk.rodtraad.followup.fit;

import java.math.BigDecimal;

/**
 * Expected progress (forventet fremgang) at one session: the total on or above which the series is on track (green),
 * and the lower bound below which it is red; between them it is orange. The rule that gave it is named, so the page
 * can say which one was used.
 *
 * @param expected   the expected total
 * @param lowerBound the lowest total still not red
 * @param source     the open default rule or the one derived from the municipality's data
 * @param plans      the number of reference series the derived rule rests on; 0 for the default rule
 */
public record Expectation(BigDecimal expected, BigDecimal lowerBound, ExpectationSource source, int plans) {
}
