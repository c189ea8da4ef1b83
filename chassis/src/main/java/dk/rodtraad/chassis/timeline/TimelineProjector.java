package dk.rodtraad.chassis.timeline;

import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.chassis.inbox.RowsKeyedByEventId;
import dk.rodtraad.contracts.Topics;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;

/**
 * Builds this service's replica of the children's timelines from the events of every child-facing service
 * (the {@code timeline} channel subscribes to their topics). Enabled in the services that show a child's timeline.
 * <p>
 * Every type of the contracts on those topics is checked against its schema first (the {@link Inbox}); an unknown
 * version of one of them is dead-lettered. A type the contracts do not know at all — a new kind of event from a
 * producer newer than this service — is stored unchecked: it keeps its place in the child's order and reads as
 * {@link TimelineSentences}'s neutral sentence until this service learns its words, which then apply to the entry
 * already stored (sentences are made when read). Dead-lettered, it would be missing from this one replica until
 * someone replayed it.
 */
@ApplicationScoped
@IfBuildProperty(name = TimelineProjector.ENABLED, stringValue = "true")
public class TimelineProjector {

    public static final String CHANNEL = "timeline";
    public static final String ENABLED = "rodtraad.timeline.enabled";
    private static final String CONSUMER = "timeline";
    private static final Reads READS = Reads.everyTypeOn(Topics.TIMELINE).andTypesNewToContracts();

    private final Inbox inbox;
    private final StoredTime time;

    public TimelineProjector(Inbox inbox, StoredTime time) {
        this.time = time;
        this.inbox = inbox;
    }

    @Incoming(CHANNEL)
    public Uni<Void> project(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, (RowsKeyedByEventId) this::store);
    }

    /**
     * Each event becomes an entry as it travelled; nothing is read first, so a batch goes in as one statement. The
     * entry, keyed by its event id, is the record that the event was applied: an id already there is skipped.
     */
    private Uni<Void> store(List<ReceivedEvent> events) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into timeline_entry
                            (event_id, child_id, occurred_at, event_type, source, payload, received_at)
                        select id, child, occurred, type, source, cast(payload as jsonb), :received
                        from unnest(cast(:ids as uuid[]), cast(:children as uuid[]),
                                    cast(cast(:times as text[]) as timestamptz[]), cast(:types as text[]),
                                    cast(:sources as text[]), cast(:payloads as text[]))
                            as event(id, child, occurred, type, source, payload)
                        on conflict (event_id) do nothing""")
                .setParameter("received", time.now())
                .setParameter("ids", events.stream().map(ReceivedEvent::id).toArray(UUID[]::new))
                .setParameter("children", events.stream().map(ReceivedEvent::childId).toArray(UUID[]::new))
                // As ISO-8601 text: Hibernate hands an array of times to the PostgreSQL client as Instants,
                // which it cannot encode.
                .setParameter("times", events.stream().map(event -> event.time().toString()).toArray(String[]::new))
                .setParameter("types", events.stream().map(ReceivedEvent::type).toArray(String[]::new))
                .setParameter("sources", events.stream().map(ReceivedEvent::source).toArray(String[]::new))
                .setParameter("payloads", events.stream().map(ReceivedEvent::data).toArray(String[]::new))
                .executeUpdate()).replaceWithVoid();
    }
}
