package dk.rodtraad.chassis.timeline;

import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * Who may read a child's timeline. A service that knows who is involved with which child (concern-service) provides
 * its own bean; without one, every professional who may call the timeline at all may read any child's, as the
 * replica holds only pseudonymous events.
 */
public interface TimelineAccess {

    /** Whether the logged-in user may read this child's timeline; a refusal reads as "no such child". */
    Uni<Boolean> maySee(UUID childId);
}
