package dk.rodtraad.concern.coordination;

import dk.rodtraad.chassis.problem.Conflict;

/**
 * A change to a case's coordination that would break the {@link TovholderRule}: a conflict titled by the rule, with
 * the rule's Danish words.
 */
public class TovholderRuleViolation extends Conflict {

    public TovholderRuleViolation(String danishMessage) {
        super("Tovholderreglen", danishMessage);
    }
}
