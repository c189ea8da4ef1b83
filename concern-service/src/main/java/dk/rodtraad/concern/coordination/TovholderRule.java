package dk.rodtraad.concern.coordination;

import java.util.List;

/**
 * Tovholderreglen: an open cross-disciplinary case has exactly one tovholder (coordinator), never none and never
 * two.
 *
 * <ul>
 *   <li>A case with one discipline may, but need not, have a tovholder.</li>
 *   <li>When a second discipline joins, exactly one tovholder must be named. Joining and naming are two steps, so the
 *       case can briefly be without; {@link #problems(CaseCoordination)} reports that state so it is not saved.</li>
 *   <li>Two tovholdere cannot arise: a tovholder is named only when there is none, and replaced only by an explicit
 *       handover from the current tovholder to someone else ({@link CaseCoordination#handOver}).</li>
 * </ul>
 */
public final class TovholderRule {

    private static final String NEEDS_EXACTLY_ONE_TOVHOLDER = "En tværfaglig sag skal have præcis én tovholder";

    private TovholderRule() {
    }

    /** What is wrong with the case's coordination, in Danish; empty when the rule holds. */
    public static List<String> problems(CaseCoordination coordination) {
        if (coordination.open() && coordination.crossDisciplinary() && coordination.tovholder().isEmpty()) {
            return List.of(NEEDS_EXACTLY_ONE_TOVHOLDER);
        }
        return List.of();
    }
}
