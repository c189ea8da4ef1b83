package dk.rodtraad.catalogue.problem;

/**
 * A step the state of the catalogue does not allow, e.g. changing a retired intervention or a published version: the
 * API answers 409, a page shows the message beside the form. The message is Danish, for the user.
 */
public class Refused extends RuntimeException {

    public Refused(String danishMessage) {
        super(danishMessage);
    }
}
