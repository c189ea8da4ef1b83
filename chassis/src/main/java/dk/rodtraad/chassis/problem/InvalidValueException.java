package dk.rodtraad.chassis.problem;

/**
 * A value that cannot be read, e.g. a code outside its code list, thrown while JSON is read: its message is Danish
 * and reaches the user as the field's error, where a plain parse error would only say the value has the wrong form.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
