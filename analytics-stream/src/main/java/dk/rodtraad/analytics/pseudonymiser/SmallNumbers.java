package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The small-numbers rule (docs/analytics.md): a child could be singled out by a combination of where (district,
 * unit), how old (age band) and what (sign codes) in one week, when few children share it. So no record carries all
 * three at full detail; it is generalised, never dropped, so counts stay whole:
 * <ul>
 * <li>a record with sign codes or an age band carries no unit (the district stays);</li>
 * <li>a record with sign codes and an age band carries no district either: the place is the whole municipality.</li>
 * </ul>
 * The week is the coarsest time any record has, so it is never generalised further.
 */
final class SmallNumbers {

    private SmallNumbers() {
    }

    static ObjectNode generalise(ObjectNode record) {
        boolean signs = record.hasNonNull("signs") && !record.path("signs").isEmpty();
        boolean ageBand = record.hasNonNull("ageBand");
        if (signs || ageBand) {
            record.remove("unit");
        }
        if (signs && ageBand) {
            record.remove("district");
        }
        return record;
    }
}
