package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.problem.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kontinuitet, the core team's rule: a course has a fixed core team (kerneteam) of professionals, usually two or
 * three, that stays the same through all its meetings.
 * <ul>
 *   <li>A change names who joins and who leaves, and why: without a reason there is no change, and every change is
 *       an event.</li>
 *   <li>The core team keeps at least one professional and at most {@link #MAX_MEMBERS}; the professional who carries
 *       the responsibility stays on it (hand the responsibility over first).</li>
 *   <li>A meeting's professionals are compared with the core team ({@link #compare}): the same team, or who was
 *       missing and who came instead.</li>
 * </ul>
 */
public final class CoreTeamContinuity {

    /** More than this is no longer a team that can stay the same. */
    public static final int MAX_MEMBERS = 6;

    private CoreTeamContinuity() {
    }

    /**
     * What is wrong with a change of the core team, each on the request's field; empty when it may be made.
     *
     * @param current     the usernames on the core team now
     * @param responsible the username carrying the course's responsibility
     */
    public static List<Problem.FieldError> changeProblems(Set<String> current, Set<String> joining,
            Set<String> leaving, String reason, String responsible) {
        var problems = new ArrayList<Problem.FieldError>();
        if (joining.isEmpty() && leaving.isEmpty()) {
            problems.add(new Problem.FieldError("joining", "Angiv hvem der kommer med i eller går ud af kerneteamet"));
        }
        for (String username : new TreeSet<>(joining)) {
            if (current.contains(username)) {
                problems.add(new Problem.FieldError("joining", username + " er allerede i kerneteamet"));
            }
            if (leaving.contains(username)) {
                problems.add(new Problem.FieldError("leaving", username + " kan ikke både komme med og gå ud"));
            }
        }
        for (String username : new TreeSet<>(leaving)) {
            if (!current.contains(username)) {
                problems.add(new Problem.FieldError("leaving", username + " er ikke i kerneteamet"));
            }
        }
        if (leaving.contains(responsible)) {
            problems.add(new Problem.FieldError("leaving",
                    "Den fagperson, der har ansvaret for forløbet, bliver i kerneteamet. Overdrag ansvaret først"));
        }
        var after = new HashSet<>(current);
        after.removeAll(leaving);
        after.addAll(joining);
        if (after.isEmpty()) {
            problems.add(new Problem.FieldError("leaving", "Kerneteamet skal have mindst én fagperson"));
        }
        if (after.size() > MAX_MEMBERS) {
            problems.add(new Problem.FieldError("joining", "Kerneteamet kan højst have " + MAX_MEMBERS + " fagpersoner"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem.FieldError("reason", "Angiv hvorfor kerneteamet ændres"));
        }
        return problems;
    }

    /** How a meeting's professionals compare with the core team. */
    public record Comparison(Set<String> absent, Set<String> others) {

        public Comparison {
            absent = Set.copyOf(absent);
            others = Set.copyOf(others);
        }

        /** Exactly the core team took part: no one of it missing, no other professional instead. */
        public boolean same() {
            return absent.isEmpty() && others.isEmpty();
        }
    }

    /**
     * @param coreTeam     the core team's usernames
     * @param professionals the usernames of the professionals at the meeting
     */
    public static Comparison compare(Set<String> coreTeam, Set<String> professionals) {
        var absent = new HashSet<>(coreTeam);
        absent.removeAll(professionals);
        var others = new HashSet<>(professionals);
        others.removeAll(coreTeam);
        return new Comparison(absent, others);
    }
}
