package dk.rodtraad.networkmeeting.overview;

import io.smallrye.mutiny.Uni;

import java.util.Set;
import java.util.UUID;

/**
 * The children whose case a professional is tovholder of, as concern-service names the tovholder (from its events,
 * never a second copy kept in step by hand): their courses are on the tovholder's list of courses, overdue first
 * meetings and overdue agreements included. The seam to this service's replica of the tovholder: the replica's bean
 * answers it; until the service keeps one, {@link NoTovholderReplica} does.
 */
public interface CoordinatedChildren {

    /** Call inside a session. */
    Uni<Set<UUID>> coordinatedBy(String username);
}
