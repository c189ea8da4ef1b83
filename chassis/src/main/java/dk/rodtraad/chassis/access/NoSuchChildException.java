package dk.rodtraad.chassis.access;

import dk.rodtraad.chassis.problem.NotFound;

/**
 * The one answer, in every service, for a child the user may not see and for a child that does not exist: a 404
 * whose body (problem+json, or the Danish page) is the same for both, so not even a child's existence leaks.
 */
public class NoSuchChildException extends NotFound {

    /** The detail of the 404, in every service. */
    public static final String MESSAGE = "Barnet findes ikke";

    public NoSuchChildException() {
        super(MESSAGE);
    }
}
