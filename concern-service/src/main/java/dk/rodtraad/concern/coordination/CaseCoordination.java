package dk.rodtraad.concern.coordination;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who works on a case: the disciplines (fagligheder) involved and the tovholder, a professional's username. Immutable;
 * every change returns a new state or throws {@link TovholderRuleViolation}. See {@link TovholderRule}.
 */
public record CaseCoordination(Set<String> disciplines, Optional<String> tovholder, boolean open) {

    public CaseCoordination {
        disciplines = Set.copyOf(disciplines);
        Objects.requireNonNull(tovholder, "tovholder");
    }

    /** A new open case with its first discipline and no tovholder yet. */
    public static CaseCoordination openedBy(String discipline) {
        return new CaseCoordination(Set.of(requireDiscipline(discipline)), Optional.empty(), true);
    }

    /** Two or more disciplines work on the case: then it needs its one tovholder ({@link TovholderRule}). */
    public boolean crossDisciplinary() {
        return disciplines.size() >= 2;
    }

    public CaseCoordination join(String discipline) {
        requireOpen();
        if (disciplines.contains(requireDiscipline(discipline))) {
            throw new TovholderRuleViolation("Fagligheden " + discipline + " er allerede med i sagen");
        }
        var joined = new HashSet<>(disciplines);
        joined.add(discipline);
        return new CaseCoordination(joined, tovholder, true);
    }

    /** Names the first tovholder. Replacing one is a handover, so it cannot happen here by accident. */
    public CaseCoordination name(String professional) {
        requireOpen();
        Objects.requireNonNull(professional, "professional");
        if (tovholder.isPresent()) {
            throw new TovholderRuleViolation("Sagen har allerede en tovholder. Brug overdragelse for at skifte");
        }
        return new CaseCoordination(disciplines, Optional.of(professional), true);
    }

    public CaseCoordination handOver(String from, String to) {
        requireOpen();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (tovholder.isEmpty()) {
            throw new TovholderRuleViolation("Sagen har ingen tovholder at overdrage fra");
        }
        if (!tovholder.get().equals(from)) {
            throw new TovholderRuleViolation("Kun sagens nuværende tovholder kan overdrage opgaven");
        }
        if (from.equals(to)) {
            throw new TovholderRuleViolation("Tovholderen kan ikke overdrage opgaven til sig selv");
        }
        return new CaseCoordination(disciplines, Optional.of(to), true);
    }

    public CaseCoordination close() {
        return new CaseCoordination(disciplines, tovholder, false);
    }

    private void requireOpen() {
        if (!open) {
            throw new TovholderRuleViolation("Sagen er lukket");
        }
    }

    private static String requireDiscipline(String discipline) {
        if (discipline == null || discipline.isBlank()) {
            throw new IllegalArgumentException("discipline is required");
        }
        return discipline;
    }
}
