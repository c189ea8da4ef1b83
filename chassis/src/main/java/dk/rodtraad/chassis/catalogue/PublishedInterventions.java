package dk.rodtraad.chassis.catalogue;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue's interventions as this service's copy knows them ({@link InterventionReplica}): what a service asks
 * before a referral or an agreement names an intervention, and what it offers to choose from. Answers from the copy
 * alone, never by asking catalogue-service; while the copy lags, an intervention just published is not offered yet.
 */
@ApplicationScoped
@IfBuildProperty(name = InterventionReplica.ENABLED, stringValue = "true")
public class PublishedInterventions {

    /** The intervention in any status (a retired one still has a name to show), or empty if the copy has none. */
    @WithSession
    public Uni<Optional<Intervention>> find(UUID id) {
        return InterventionCopy.<InterventionCopy>findById(id)
                .map(copy -> Optional.ofNullable(copy).map(Intervention::of));
    }

    /** Whether the catalogue offers this intervention now: the check before something new names it. */
    @WithSession
    public Uni<Boolean> isOffered(UUID id) {
        return find(id).map(found -> found.filter(Intervention::offered).isPresent());
    }

    /** Every intervention the catalogue offers now, by name. */
    @WithSession
    public Uni<List<Intervention>> offered() {
        return InterventionCopy.<InterventionCopy>list("status = ?1 order by name, id", Intervention.OFFERED)
                .map(PublishedInterventions::of);
    }

    /** The interventions of one type the catalogue offers now, by name, e.g. {@link Intervention#CIVIL_SOCIETY}. */
    @WithSession
    public Uni<List<Intervention>> offered(String type) {
        return InterventionCopy.<InterventionCopy>list("status = ?1 and type = ?2 order by name, id",
                Intervention.OFFERED, type).map(PublishedInterventions::of);
    }

    private static List<Intervention> of(List<InterventionCopy> copies) {
        return copies.stream().map(Intervention::of).toList();
    }
}
