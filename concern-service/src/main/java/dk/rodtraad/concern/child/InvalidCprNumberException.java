package dk.rodtraad.concern.child;

/** A CPR number that cannot be parsed. The message is Danish because it is shown to the user as it is. */
public class InvalidCprNumberException extends IllegalArgumentException {

    public InvalidCprNumberException(String danishMessage) {
        super(danishMessage);
    }
}
