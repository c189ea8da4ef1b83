package dk.rodtraad.chassis.problem;

/**
 * What is asked for does not exist, or the user may not know that it does (404). A page answers it with the usual
 * Danish words ("Siden findes ikke"), never the feature's own: they could tell a child that exists from one the user
 * may not see. Only a refusal made with {@link #nameable} names what is missing on the page.
 */
public non-sealed class NotFound extends Refusal {

    private final boolean nameable;

    public NotFound(String danishMessage) {
        this(danishMessage, false);
    }

    private NotFound(String danishMessage, boolean nameable) {
        super(null, danishMessage);
        this.nameable = nameable;
    }

    /**
     * Something missing that is no child's business and the same for every user, e.g. an intervention of the
     * catalogue or a version of the shared language: its page may say so in these words. Never for a child, a
     * concern, a case or anything else about a person.
     */
    public static NotFound nameable(String danishMessage) {
        return new NotFound(danishMessage, true);
    }

    /** Whether a page may show this refusal's own words, see {@link #nameable}. */
    public boolean isNameable() {
        return nameable;
    }
}
