package dk.rodtraad.networkmeeting.course;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Storing a request's new rows at once, however many: a record may make none of a kind (no open question, say). */
public final class Rows {

    private Rows() {
    }

    /** Persists the entities in the caller's session; none is nothing to do (Panache refuses an empty list). */
    public static Uni<Void> persist(List<? extends PanacheEntityBase> entities) {
        return entities.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(entities);
    }
}
