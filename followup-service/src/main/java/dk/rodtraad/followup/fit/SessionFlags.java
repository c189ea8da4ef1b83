package dk.rodtraad.followup.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * How one rater's session came out against the rules, computed from that session and the ones before it only (so a
 * past session keeps the colour it had).
 *
 * @param total                 the outcome total
 * @param allianceTotal         the alliance total, when given
 * @param cutOff                the clinical cut-off (klinisk grænse) for the form, rater and age, if one is published
 * @param atOrAboveCutOff       whether the total is on or above the cut-off; false where there is none
 * @param reliableImprovement   at least 5 points above the intake (reliable change)
 * @param reliableDeterioration at least 5 points below the intake
 * @param allianceConcerns      why the alliance is a concern; empty when it is not
 * @param expectation           the expected progress at this session and the rule that gave it
 * @param colour                grey, green, orange or red
 */
public record SessionFlags(int sessionNumber, LocalDate date, BigDecimal total, Optional<BigDecimal> allianceTotal,
                           Optional<BigDecimal> cutOff, boolean atOrAboveCutOff, boolean reliableImprovement,
                           boolean reliableDeterioration, Set<AllianceConcern> allianceConcerns,
                           Expectation expectation, FitColour colour) {
}
