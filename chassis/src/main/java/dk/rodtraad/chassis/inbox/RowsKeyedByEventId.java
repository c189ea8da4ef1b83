package dk.rodtraad.chassis.inbox;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * An effect that writes a batch as rows keyed by the event id, skipping an id it holds already (an insert
 * {@code on conflict (event_id) do nothing}), so its rows are the record of what it applied ({@link #recordsItself()})
 * and one event is a batch of one. The timeline's entries and the citizen's report's uses from other services: the
 * replicas that take every event of their kind, where the inbox's own record doubled the rows written.
 */
@FunctionalInterface
public interface RowsKeyedByEventId extends Effect {

    @Override
    Uni<Void> applyAll(List<ReceivedEvent> events);

    @Override
    default Uni<Void> apply(ReceivedEvent event) {
        return applyAll(List.of(event));
    }

    @Override
    default boolean recordsItself() {
        return true;
    }
}
