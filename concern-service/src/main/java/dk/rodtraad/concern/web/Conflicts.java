package dk.rodtraad.concern.web;

import dk.rodtraad.concern.coordination.TovholderRuleViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ClientErrorException;
import org.hibernate.StaleObjectStateException;

/**
 * A change to shared data that the service refused because of what others did first: someone changed it since the
 * page was shown (a stale version), or the step was already taken. The form shows why instead of an error page, so
 * the user sees what is there now and can decide again.
 */
final class Conflicts {

    static boolean known(Throwable failure) {
        return failure instanceof OptimisticLockException || failure instanceof StaleObjectStateException
                || failure instanceof TovholderRuleViolation
                || failure instanceof ClientErrorException refused && refused.getResponse().getStatus() == 409;
    }

    /** @param failure one that {@link #known} accepts */
    static String reason(Throwable failure, AppMessages msg) {
        return failure instanceof OptimisticLockException || failure instanceof StaleObjectStateException
                ? msg.stale() : failure.getMessage();
    }

    private Conflicts() {
    }
}
