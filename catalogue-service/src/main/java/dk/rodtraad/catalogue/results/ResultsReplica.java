package dk.rodtraad.catalogue.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the latest results of each intervention from followup-service ({@code intervention-results.v1} on the
 * {@value #CHANNEL} channel), each event applied once through the idempotent {@link Inbox}. Each event holds the whole
 * result, so it replaces the one kept — unless that one was computed later: a replayed old event must not undo a
 * newer result.
 */
@ApplicationScoped
public class ResultsReplica {

    public static final String CHANNEL = "intervention-results";
    private static final String CONSUMER = "intervention-results";
    private static final Reads READS = Reads.only(EventType.INTERVENTION_RESULTS_V1);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final StoredTime time;

    public ResultsReplica(Inbox inbox, ObjectMapper json, StoredTime time) {
        this.inbox = inbox;
        this.json = json;
        this.time = time;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::apply);
    }

    /** The inbox has checked the results against their schema. */
    private Uni<Void> apply(ReceivedEvent event) {
        var results = event.payload(json, InterventionResultsV1.class);
        return InterventionResults.<InterventionResults>findById(results.interventionId()).chain(known -> {
            if (known != null && !known.computedAt.isBefore(results.computedAt())) {
                return Uni.createFrom().voidItem();
            }
            var kept = known != null ? known : new InterventionResults();
            kept.interventionId = results.interventionId();
            kept.computedAt = results.computedAt();
            kept.results = event.data();
            kept.receivedAt = time.now();
            return kept.persist().replaceWithVoid();
        });
    }
}
