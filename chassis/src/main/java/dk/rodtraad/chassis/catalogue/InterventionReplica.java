package dk.rodtraad.chassis.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the catalogue's interventions ({@code intervention_copy}) from catalogue-service's
 * events on the {@code interventions} channel, each applied once through the idempotent {@link Inbox}, so that a
 * referral or an agreement names an intervention the municipality really offers even while catalogue-service is
 * down. Each event carries the whole intervention, so the copy is replaced — unless it is already newer: events of
 * one intervention share a partition and arrive in order, but a replayed old event must not undo a later change.
 * A service enables it with the build property {@value #ENABLED} and {@code db/catalogue} in its Flyway locations.
 */
@ApplicationScoped
@IfBuildProperty(name = InterventionReplica.ENABLED, stringValue = "true")
public class InterventionReplica {

    public static final String CHANNEL = "interventions";
    public static final String ENABLED = "rodtraad.catalogue.replica.enabled";
    private static final String CONSUMER = "interventions";
    /** The shared language and the Vejviser travel on the same topic: not this copy's business, they pass by. */
    private static final Reads READS = Reads.only(EventType.INTERVENTION_PUBLISHED_V1,
            EventType.INTERVENTION_CHANGED_V1, EventType.INTERVENTION_PAUSED_V1, EventType.INTERVENTION_RETIRED_V1);

    private final Inbox inbox;
    private final ObjectMapper json;

    public InterventionReplica(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::apply);
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
