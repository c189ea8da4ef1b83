package dk.rodtraad.concern.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.inbox.Arrival;
import dk.rodtraad.chassis.inbox.Inbox;
import dk.rodtraad.chassis.inbox.PoisonEventException;
import dk.rodtraad.chassis.inbox.Reads;
import dk.rodtraad.chassis.inbox.ReceivedEvent;
import dk.rodtraad.chassis.inbox.RowsKeyedByEventId;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

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
    public Uni<Void> receive(KafkaRecordBatch<String, Arrival> batch) {
        return inbox.receive(batch, CONSUMER, READS, (RowsKeyedByEventId) this::keep);
    }

    /**
     * Each use becomes a row as it travelled; nothing is read first, so a batch goes in as one statement. The row,
     * keyed by its event id, is the record that the event was applied: an id already there is skipped. Every read of
     * a child's data in another service sends one, so this runs as often as the other services are read.
     */
    private Uni<Void> keep(List<ReceivedEvent> events) {
        List<ChildDataUsedV1> uses = events.stream().map(this::read).toList();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into audit_elsewhere
                            (event_id, child_id, at, service, action, what, purpose, role, discipline, status,
                             received_at)
                        select *, now() from unnest(cast(:ids as uuid[]), cast(:children as uuid[]),
                                cast(cast(:times as text[]) as timestamptz[]), cast(:services as text[]),
                                cast(:actions as text[]), cast(:whats as text[]), cast(:purposes as text[]),
                                cast(:roles as text[]), cast(:disciplines as text[]), cast(:statuses as int[]))
                        on conflict (event_id) do nothing""")
                .setParameter("ids", events.stream().map(ReceivedEvent::id).toArray(UUID[]::new))
                .setParameter("children", column(uses, ChildDataUsedV1::childId, UUID[]::new))
                // As ISO-8601 text: Hibernate hands an array of times to the PostgreSQL client as Instants,
                // which it cannot encode (as the timeline's entries).
                .setParameter("times", column(uses, use -> use.at().toString(), String[]::new))
                .setParameter("services", column(uses, ChildDataUsedV1::service, String[]::new))
                .setParameter("actions", column(uses, ChildDataUsedV1::action, String[]::new))
                .setParameter("whats", column(uses, ChildDataUsedV1::what, String[]::new))
                .setParameter("purposes", column(uses, ChildDataUsedV1::purpose, String[]::new))
                .setParameter("roles", column(uses, ChildDataUsedV1::role, String[]::new))
                .setParameter("disciplines", column(uses, ChildDataUsedV1::discipline, String[]::new))
                .setParameter("statuses", column(uses, ChildDataUsedV1::status, Integer[]::new))
                .executeUpdate()).replaceWithVoid();
    }

    private static <T> T[] column(List<ChildDataUsedV1> uses, Function<ChildDataUsedV1, T> value,
            IntFunction<T[]> array) {
        return uses.stream().map(value).toArray(array);
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
