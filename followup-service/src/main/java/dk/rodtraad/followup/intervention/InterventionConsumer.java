package dk.rodtraad.followup.intervention;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps followup-service's copy of the catalogue's interventions from catalogue-service's events. Each event carries
 * the whole intervention, so the copy is replaced — unless it is already newer: events of one intervention share a
 * partition and arrive in order, but a replayed old event must not undo a later change.
 */
@ApplicationScoped
public class InterventionConsumer {

    public static final String CHANNEL = "catalogue";
    private static final String CONSUMER = "interventions";
    private static final Reads READS = Reads.only(EventType.INTERVENTION_PUBLISHED_V1,
            EventType.INTERVENTION_CHANGED_V1, EventType.INTERVENTION_PAUSED_V1, EventType.INTERVENTION_RETIRED_V1);

    private final Inbox inbox;
    private final ObjectMapper json;

    public InterventionConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<String> message) {
        return inbox.receive(message, CONSUMER, READS, this::apply);
    }

    /** The inbox has checked the intervention against its schema: every field the copy keeps, a known status. */
    private Uni<Void> apply(ReceivedEvent event) {
        var intervention = event.payload(json, InterventionV1.class);
        return InterventionCopy.<InterventionCopy>findById(intervention.interventionId()).chain(known -> {
            if (known != null && known.revision >= intervention.revision()) {
                return Uni.createFrom().voidItem();
            }
            var copy = known != null ? known : new InterventionCopy();
            copy.copy(intervention);
            return copy.persist().replaceWithVoid();
        });
    }
}
