package dk.rodtraad.catalogue.problem;

/**
 * Something the catalogue was asked for does not exist, or not for the one asking (a draft for a reader): the API
 * answers 404, a page its "not found" page. The message is Danish where the API shows it to the user.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
