package dk.rodtraad.concern.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.PoisonEventException;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Set;

/**
 * Keeps the uses of children's data that the other services report on {@code rodtraad.audit}, once each, for the
 * citizen's report. An event that is not a complete {@code child-data-used.v1} goes to the dead-letter topic.
 */
@ApplicationScoped
public class AuditEventsConsumer {

    public static final String CHANNEL = "audit";
    private static final String CONSUMER = "citizens-report";
    private static final Set<String> ACTIONS = Set.of("READ", "WRITE", "REFUSED");

    private final Inbox inbox;
    private final ObjectMapper json;

    public AuditEventsConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<String> message) {
        return inbox.receive(message, CONSUMER, this::apply);
    }

    private Uni<Void> apply(ReceivedEvent event) {
        if (!EventType.CHILD_DATA_USED_V1.type().equals(event.type())) {
            throw new PoisonEventException("Not an audit event: " + event.type());
        }
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

    private ChildDataUsedV1 read(ReceivedEvent event) {
        var used = event.payload(json, ChildDataUsedV1.class);
        if (used.childId() == null || !used.childId().equals(event.childId()) || used.at() == null
                || blank(used.service()) || !ACTIONS.contains(used.action()) || blank(used.what())
                || blank(used.purpose()) || blank(used.role())) {
            throw new PoisonEventException("Incomplete audit event: " + event.id());
        }
        return used;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
