package dk.rodtraad.chassis.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** What a consumer does with the events it applies, inside the {@link Inbox}'s transaction. */
@FunctionalInterface
public interface Effect {

    /** One event's effect. */
    Uni<Void> apply(ReceivedEvent event);

    /**
     * The effects of a batch's events, in their order, in the batch's one transaction: each sees what those before it
     * changed. One at a time, unless a consumer writes a batch with fewer statements ({@link RowsKeyedByEventId}).
     */
    default Uni<Void> applyAll(List<ReceivedEvent> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> Uni.createFrom().deferred(() -> apply(event)))
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Whether the effect's own rows are the record of what it applied: it writes each event once, keyed by the event
     * id, and skips an id it holds already (an insert {@code on conflict do nothing}), so applying an event again
     * changes nothing by itself. The inbox then keeps no record of its own for the consumer ({@code processed_event}):
     * for a replica that takes every event, as the timeline does, that record doubled the rows written and added a
     * look-up per batch.
     */
    default boolean recordsItself() {
        return false;
    }
}
