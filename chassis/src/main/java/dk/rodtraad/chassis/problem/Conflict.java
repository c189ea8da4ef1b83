package dk.rodtraad.chassis.problem;

/** The request clashes with the state of what it concerns, e.g. an answer to a request already decided (409). */
public non-sealed class Conflict extends Refusal {

    public Conflict(String danishMessage) {
        super(null, danishMessage);
    }

    /** @param title the rule that was broken, e.g. "Tovholderreglen" */
    public Conflict(String title, String danishMessage) {
        super(title, danishMessage);
    }
}
