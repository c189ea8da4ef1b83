package dk.rodtraad.chassis.access;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who each child's tovholder is, as concern-service named them: from this service's replica
 * ({@link ChildAccessProjector}), never a copy kept by hand and never by asking concern-service. While the replica
 * lags, the answer is the tovholder before the change. A closed case has none.
 */
@ApplicationScoped
@IfBuildProperty(name = ChildAccessProjector.ENABLED, stringValue = "true")
public class Tovholders {

    /** The child's tovholder: a member of its case team, shown by name and discipline. */
    public record Tovholder(String username, String discipline) {
    }

    @WithSession
    public Uni<Optional<Tovholder>> of(UUID childId) {
        return ChildTovholder.<ChildTovholder>findById(childId).map(row -> Optional.ofNullable(row)
                .map(found -> new Tovholder(found.username, found.discipline)));
    }

    /** The children whose tovholder the professional is, e.g. to list what is overdue for them. */
    @WithSession
    public Uni<List<UUID>> childrenOf(String username) {
        return ChildTovholder.<ChildTovholder>list("username = ?1 order by childId", username)
                .map(rows -> rows.stream().map(row -> row.childId).toList());
    }
}
