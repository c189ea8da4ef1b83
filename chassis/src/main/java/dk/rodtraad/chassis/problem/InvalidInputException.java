package dk.rodtraad.chassis.problem;

import java.util.List;
import java.util.UUID;

/** Input that Bean Validation cannot judge alone (a path parameter, a rule across fields): answered with 400. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    /** The message counts the errors rather than listing them: a spreadsheet's can be many thousands. */
    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static UUID parseUuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "skal være et UUID");
        }
    }
}
