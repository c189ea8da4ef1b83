package dk.rodtraad.concern.coordination;

/** A change to a case's coordination that would break the {@link TovholderRule}. The message is Danish, for the user. */
public class TovholderRuleViolation extends IllegalStateException {

    public TovholderRuleViolation(String danishMessage) {
        super(danishMessage);
    }
}
