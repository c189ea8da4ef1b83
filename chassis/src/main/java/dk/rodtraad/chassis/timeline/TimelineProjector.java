package dk.rodtraad.chassis.timeline;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.Topics;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

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
    public Uni<Void> project(KafkaRecordBatch<String, String> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::store);
    }

    private Uni<Void> store(ReceivedEvent event) {
        var entry = new TimelineEntry();
        entry.eventId = event.id();
        entry.childId = event.childId();
        entry.occurredAt = event.time();
        entry.eventType = event.type();
        entry.source = event.source();
        entry.payload = event.data();
        entry.receivedAt = time.now();
        return entry.persist().replaceWithVoid();
    }
}
