package dk.rodtraad.chassis.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A CloudEvent as it arrived from Kafka, checked for what every Rød Tråd event must carry: an id, a type, a source,
 * a time, and the child's pseudonymous id as subject. Anything less is a poison event.
 */
public record ReceivedEvent(UUID id, String type, String source, UUID childId, Instant time, String data) {

    /** Reads the data's syntax only, so it needs none of the service's configuration. */
    private static final ObjectMapper SYNTAX = new ObjectMapper();

    @SuppressWarnings("unchecked")
    public static ReceivedEvent from(Message<String> message) {
        var ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("Not a CloudEvent (no ce_* headers)"));
        return new ReceivedEvent(
                uuid(ce.getId(), "ce_id"),
                required(ce.getType(), "ce_type"),
                required(ce.getSource() == null ? null : ce.getSource().toString(), "ce_source"),
                uuid((String) ce.getSubject().orElse(null), "ce_subject"),
                ((IncomingCloudEventMetadata<String>) ce).getTimeStamp()
                        .orElseThrow(() -> new PoisonEventException("Missing ce_time"))
                        .toInstant().truncatedTo(ChronoUnit.MICROS),
                jsonObject(required(message.getPayload(), "data")));
    }

    /**
     * The payload as the contract's record; JSON that cannot be read as one is a poison event, which no retry can
     * mend. The consumer checks what the record must hold.
     */
    public <T> T payload(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Unreadable " + type.getSimpleName() + " in event " + id + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Every Rød Tråd event's data is a JSON object. A body that is not one can never be applied, by any consumer, so it
     * is poison at once: retried, it would hold up every later event of its partition (every child keyed to it).
     */
    private static String jsonObject(String data) {
        try {
            if (SYNTAX.readTree(data) instanceof ObjectNode) {
                return data;
            }
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new PoisonEventException("data is not a JSON object");
    }

    private static String required(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Missing " + attribute);
        }
        return value;
    }

    private static UUID uuid(String value, String attribute) {
        try {
            return UUID.fromString(required(value, attribute));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(attribute + " is not a UUID: " + value);
        }
    }
}
