package dk.rodtraad.concern.insight;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

import java.util.UUID;

/** How many uses of a child's data in the other services concern-service keeps for the citizen's report. */
final class UsesKeptElsewhere {

    static long about(UUID child) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> UseElsewhere.count("childId", child)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private UsesKeptElsewhere() {
    }
}
