package dk.rodtraad.concern.web;


import dk.rodtraad.chassis.problem.NotFound;
import java.util.UUID;

/** Ids in the pages' paths. */
public final class PageIds {

    /**
     * A malformed id names nothing: the same 404 as anything the user may not see.
     *
     * @param notFound the service's words for what does not exist
     */
    public static UUID parse(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound(notFound);
        }
    }

    private PageIds() {
    }
}
