package dk.rodtraad.chassis.problem;

/**
 * A request a feature turns down, in Danish words for the user: what is asked for does not exist ({@link NotFound}),
 * clashes with the state it is in ({@link Conflict}), is not the user's to do ({@link NotPermitted}) or cannot be
 * served yet ({@link NotAvailable}). The feature says which; the HTTP edge alone turns it into a status, as
 * problem+json for the API ({@link ProblemMappers}) and as a Danish page for a page ({@code RefusalPage}).
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Conflict, NotPermitted, NotAvailable {

    private final String title;

    protected Refusal(String title, String danishMessage) {
        super(danishMessage);
        this.title = title;
    }

    /** The problem's title, e.g. "Tovholderreglen"; {@code null} for the usual title of its kind. */
    public String title() {
        return title;
    }

    /** The HTTP status the edge answers with. */
    public int status() {
        return switch (this) {
            case NotFound ignored -> 404;
            case Conflict ignored -> 409;
            case NotPermitted ignored -> 403;
            case NotAvailable ignored -> 503;
        };
    }
}
