package dk.rodtraad.chassis.timeline;

import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;

/**
 * Builds this service's replica of the children's timelines from the events of every child-facing service
 * (the {@code timeline} channel subscribes to their topics). Enabled in the services that show a child's timeline.
 */
@ApplicationScoped
@IfBuildProperty(name = TimelineProjector.ENABLED, stringValue = "true")
public class TimelineProjector {

    public static final String CHANNEL = "timeline";
    public static final String ENABLED = "rodtraad.timeline.enabled";
    private static final String CONSUMER = "timeline";

    private final Inbox inbox;
    private final StoredTime time;

    public TimelineProjector(Inbox inbox, StoredTime time) {
        this.time = time;
        this.inbox = inbox;
    }

    @Incoming(CHANNEL)
    public Uni<Void> project(Message<String> message) {
        return inbox.receive(message, CONSUMER, this::store);
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
