package dk.rodtraad.networkmeeting.catalogue;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The answer of a service that keeps no replica of the catalogue's interventions: every id is taken as given and
 * stored. A bean of the replica ({@link PublishedInterventions}) replaces this default.
 */
@DefaultBean
@ApplicationScoped
public class UncheckedInterventions implements PublishedInterventions {

    @Override
    public Uni<Boolean> exists(UUID interventionId) {
        return Uni.createFrom().item(true);
    }
}
