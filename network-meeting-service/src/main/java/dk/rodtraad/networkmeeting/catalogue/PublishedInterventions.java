package dk.rodtraad.networkmeeting.catalogue;

import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * Whether the catalogue has an intervention on offer (published), so that an agreement's referral and a civil-society
 * network participant name a real one. The seam to this service's replica of the catalogue's interventions (kept
 * from {@code rodtraad.catalogue.events}, never by asking catalogue-service): the replica's bean answers it; until
 * the service keeps one, {@link UncheckedInterventions} does.
 */
public interface PublishedInterventions {

    /** Call inside a session. */
    Uni<Boolean> exists(UUID interventionId);
}
