package dk.rodtraad.concern.language;

import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.time.StoredTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Keeps concern-service's copy of the shared language current from catalogue-service's events. Other catalogue
 * events on the topic are not this consumer's business and pass by.
 */
@ApplicationScoped
public class SharedLanguageConsumer {

    public static final String CHANNEL = "catalogue";
    private static final String CONSUMER = "shared-language";
    private static final Reads READS = Reads.only(EventType.TAXONOMY_PUBLISHED_V1);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final StoredTime time;

    public SharedLanguageConsumer(Inbox inbox, ObjectMapper json, StoredTime time) {
        this.time = time;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::apply);
    }

    /** The inbox has checked the version against its schema: a number from 1, a time, the groups and the scale. */
    private Uni<Void> apply(ReceivedEvent event) {
        var published = event.payload(json, TaxonomyPublishedV1.class);
        return SharedLanguageCopy.<SharedLanguageCopy>findById(published.version()).chain(known -> {
            if (known != null) {
                // A published version never changes: a second event for it can only be a repeat.
                return Uni.createFrom().voidItem();
            }
            var copy = new SharedLanguageCopy();
            copy.version = published.version();
            copy.publishedAt = published.publishedAt();
            copy.content = event.data();
            copy.receivedAt = time.now();
            return copy.persist().replaceWithVoid();
        });
    }
}
