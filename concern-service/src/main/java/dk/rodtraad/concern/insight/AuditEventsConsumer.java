package dk.rodtraad.concern.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.PoisonEventException;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the uses of children's data that the other services report on {@code rodtraad.audit}, once each, for the
 * citizen's report. The inbox dead-letters a {@code child-data-used.v1} that breaks its schema and an unknown version
 * of it; so does this consumer a use about another child than the event's subject.
 */
@ApplicationScoped
public class AuditEventsConsumer {

    public static final String CHANNEL = "audit";
    private static final String CONSUMER = "citizens-report";
    private static final Reads READS = Reads.only(EventType.CHILD_DATA_USED_V1);

    private final Inbox inbox;
    private final ObjectMapper json;

    public AuditEventsConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(KafkaRecordBatch<String, String> batch) {
        return inbox.receive(batch, CONSUMER, READS, this::apply);
    }

    private Uni<Void> apply(ReceivedEvent event) {
        ChildDataUsedV1 used = read(event);
        var use = new UseElsewhere();
        use.eventId = event.id();
        use.childId = used.childId();
        use.at = used.at();
        use.service = used.service();
        use.action = used.action();
        use.what = used.what();
        use.purpose = used.purpose();
        use.role = used.role();
        use.discipline = used.discipline();
        use.status = used.status();
        return use.persist().replaceWithVoid();
    }

    /**
     * The inbox has checked the use against its schema (every field, a known action, no blank text). A use reported
     * about another child than the event's subject would land in the wrong child's report: a schema cannot compare
     * the payload with a header, so that check stays here.
     */
    private ChildDataUsedV1 read(ReceivedEvent event) {
        var used = event.payload(json, ChildDataUsedV1.class);
        if (!used.childId().equals(event.childId())) {
            throw new PoisonEventException("childId " + used.childId() + " is not the subject " + event.childId());
        }
        return used;
    }
}
