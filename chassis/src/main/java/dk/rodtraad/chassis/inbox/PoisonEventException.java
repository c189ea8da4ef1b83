package dk.rodtraad.chassis.inbox;

/**
 * An event that can never be processed, however often it is retried: it goes to the dead-letter topic at once with
 * this message as the reason, and the consumer goes on with the next event. Say which field and what is wrong with it.
 * How the {@link Inbox} treats every other failure is told there.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
