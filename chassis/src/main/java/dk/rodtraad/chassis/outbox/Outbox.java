package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.time.StoredTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an outgoing event in the caller's transaction (the transactional outbox). Call it from inside the
 * {@code @WithTransaction} method that makes the state change: either both are stored or neither is, and the
 * {@link OutboxRelay} publishes what was stored. Never send to Kafka directly from a write path.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final StoredTime time;

    public Outbox(ObjectMapper json, StoredTime time) {
        this.time = time;
        this.json = json;
    }

    /**
     * @param subjectId the Kafka key and CloudEvents subject: for an event about a child, the child's pseudonymous
     *                  id (never a CPR number), so all of a child's events stay in order; else the id of what the
     *                  event is about
     * @param payload   the event's payload record from {@code contracts}
     * @return the event id (the CloudEvents {@code id})
     */
    public Uni<UUID> publish(EventType type, UUID subjectId, Object payload) {
        var event = event(type, subjectId, payload);
        return event.persist().replaceWith(event.eventId);
    }

    /**
     * The outbox row for an event, not yet stored: for a caller that stores it in a session of its own (a stateless
     * one, as the audit log's refusals), together with what it reports.
     */
    public OutboxEvent event(EventType type, UUID subjectId, Object payload) {
        var event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = type.type();
        event.topic = type.topic();
        event.subjectId = subjectId;
        // Truncated to what PostgreSQL stores, so the time read back equals the time published.
        event.occurredAt = time.now();
        event.createdAt = event.occurredAt;
        event.payload = toJson(payload);
        return event;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
