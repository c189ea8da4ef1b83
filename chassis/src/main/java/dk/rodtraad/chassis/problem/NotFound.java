package dk.rodtraad.chassis.problem;

/** What is asked for does not exist, or the user may not know that it does (404). */
public non-sealed class NotFound extends Refusal {

    public NotFound(String danishMessage) {
        super(null, danishMessage);
    }
}
