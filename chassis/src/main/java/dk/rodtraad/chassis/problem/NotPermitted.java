package dk.rodtraad.chassis.problem;

/** The user is who they say, but this is not theirs to do (403), e.g. a fagperson without a discipline. */
public final class NotPermitted extends Refusal {

    public NotPermitted(String danishMessage) {
        super(null, danishMessage);
    }
}
