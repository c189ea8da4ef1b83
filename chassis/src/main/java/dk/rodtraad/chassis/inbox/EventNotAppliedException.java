package dk.rodtraad.chassis.inbox;

/**
 * An event whose effect failed on every try, for a reason that is neither poison nor transient (a bug, a constraint
 * the schema does not know): the {@link Inbox} gives up on it and sends it to the dead-letter topic with this
 * message as the reason and the last failure as the cause, so it holds up its partition no longer and is not lost.
 */
public class EventNotAppliedException extends RuntimeException {

    EventNotAppliedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
