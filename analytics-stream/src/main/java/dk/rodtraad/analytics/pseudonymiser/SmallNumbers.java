package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The small-numbers rule (docs/analytics.md): a child could be singled out by a combination of where (district,
 * unit), how old (age band) and what (a sign) in one week that few children share. So a record shows its place only
 * in company: its district only once at least {@link #K} children have been counted with its week, age band,
 * district and each of its signs; its unit only once as many have been counted with the unit as well. Otherwise the
 * place is generalised — the unit goes, or the unit and the district, leaving the whole municipality — never the
 * record: every count stays whole. A record with no place has nothing to generalise.
 */
final class SmallNumbers {

    /**
     * The fewest children a shown combination has: 5, the fewest the municipality publishes a figure for, as
     * followup-service's evaluation does (its {@code minimumGroupSize}).
     */
    static final int K = 5;

    /** The children counted so far per combination within a week, which the rule adds each record's child to. */
    interface Cells {
        /**
         * Counts the child in the combination of the week, once however often it comes, and says how many distinct
         * children the combination has now: at most {@link #K}, as more changes nothing.
         */
        int count(String week, String combination, String child);
    }

    private static final String NONE = "-";

    private final Cells cells;

    SmallNumbers(Cells cells) {
        this.cells = cells;
    }

    ObjectNode generalise(ObjectNode record) {
        if (!record.hasNonNull("district") && !record.hasNonNull("unit")) {
            return record;
        }
        String week = record.path("week").asText();
        String child = record.path("child").asText();
        String district = record.path("district").asText(NONE);
        String unit = record.path("unit").asText(NONE);
        boolean districtShown = true;
        boolean unitShown = record.hasNonNull("unit");
        for (String sign : signsOf(record)) {
            String what = record.path("ageBand").asText(NONE) + "|" + sign + "|" + district;
            // &= and not &&: the child is counted in every combination, also after one has come out too small.
            districtShown &= cells.count(week, what, child) >= K;
            unitShown &= cells.count(week, what + "|" + unit, child) >= K;
        }
        if (!districtShown) {
            record.remove(List.of("district", "unit"));
        } else if (!unitShown) {
            record.remove("unit");
        }
        return record;
    }

    /** Each sign is a combination of its own; a record without signs is one combination of place and age. */
    private static List<String> signsOf(ObjectNode record) {
        var signs = new ArrayList<String>();
        record.path("signs").forEach((JsonNode sign) -> signs.add(sign.asText()));
        return signs.isEmpty() ? List.of(NONE) : signs;
    }
}
