package dk.rodtraad.concern.web;

import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** Ids in the pages' paths. */
final class PageIds {

    /**
     * A malformed id names nothing: the same 404 as anything the user may not see.
     *
     * @param notFound the service's words for what does not exist
     */
    static UUID parse(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(notFound);
        }
    }

    private PageIds() {
    }
}
