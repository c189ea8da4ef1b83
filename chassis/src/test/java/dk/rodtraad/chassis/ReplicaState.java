package dk.rodtraad.chassis;

import dk.rodtraad.chassis.inbox.ProcessedEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.util.UUID;
import java.util.function.Supplier;

/** What a replica holds, read from a test that sent it events. */
public final class ReplicaState {

    /** The answer to a question of the replica's, waited for. */
    public static <T> T ask(Supplier<Uni<T>> question) {
        try {
            return VertxContextSupport.subscribeAndAwait(question);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the consumer has applied the event, or passed it by as not its own (the inbox's record): then
     * everything sent before it with the same key has been seen too.
     */
    public static boolean applied(String consumer, UUID eventId) {
        return ask(() -> Panache.withSession(() -> ProcessedEvent.<ProcessedEvent>findById(
                new ProcessedEvent.Key(consumer, eventId)).map(found -> found != null)));
    }

    private ReplicaState() {
    }
}
