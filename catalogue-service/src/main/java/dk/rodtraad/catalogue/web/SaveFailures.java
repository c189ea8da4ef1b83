package dk.rodtraad.catalogue.web;

import dk.rodtraad.chassis.problem.Conflict;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;

/** Why a save from an editor's form failed, as every editor page (interventions, shared language, Vejviser) tells it. */
public final class SaveFailures {

    /** A step the document's state does not allow, e.g. changing a retired one; its message is Danish. */
    public static boolean refusedByState(Throwable failure) {
        return failure instanceof Conflict;
    }

    /** A write on a version someone else has changed since: found by the service, or by Hibernate at flush. */
    public static boolean stale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return true;
            }
        }
        return false;
    }

    private SaveFailures() {
    }
}
