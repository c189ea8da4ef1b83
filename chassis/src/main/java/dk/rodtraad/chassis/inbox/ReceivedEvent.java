package dk.rodtraad.chassis.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A CloudEvent as it arrived from Kafka, checked for what every Rød Tråd event must carry: an id, a versioned Rød Tråd
 * type, a source, a time, the child's pseudonymous id as subject, and data that is a JSON object. Anything less is a
 * poison event. Whether the data satisfies its type's schema is the {@link Inbox}'s next check ({@link ContractCheck}).
 *
 * @param data     the data as it travelled, for a consumer that keeps it verbatim (the timeline, the shared language)
 * @param dataTree the same data read once, for the schema check and the payload record
 */
public record ReceivedEvent(UUID id, String type, String source, UUID childId, Instant time, String data,
                            ObjectNode dataTree) {

    /** {@code dk.rodtraad.<producer>.<name>.v<n>}: the version suffix is what tells an unknown version apart. */
    private static final Pattern TYPE = Pattern.compile("dk\\.rodtraad(\\.[a-z0-9-]+)+\\.v[1-9][0-9]*");

    /** Reads the data's syntax only, so it needs none of the service's configuration. */
    private static final ObjectMapper SYNTAX = new ObjectMapper();

    @SuppressWarnings("unchecked")
    public static ReceivedEvent from(Message<String> message) {
        var ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("Not a CloudEvent (no ce_* headers)"));
        String data = required(message.getPayload(), "data");
        return new ReceivedEvent(
                uuid(ce.getId(), "ce_id"),
                type(required(ce.getType(), "ce_type")),
                required(ce.getSource() == null ? null : ce.getSource().toString(), "ce_source"),
                uuid((String) ce.getSubject().orElse(null), "ce_subject"),
                ((IncomingCloudEventMetadata<String>) ce).getTimeStamp()
                        .orElseThrow(() -> new PoisonEventException("Missing ce_time"))
                        .toInstant().truncatedTo(ChronoUnit.MICROS),
                data,
                jsonObject(data));
    }

    /**
     * The payload as the contract's record. The inbox has checked the data against the type's schema, so this fails
     * only where record and schema disagree — which no retry can mend either.
     */
    public <T> T payload(ObjectMapper json, Class<T> type) {
        try {
            return json.treeToValue(dataTree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("Unreadable " + type.getSimpleName() + " in event " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every Rød Tråd event's data is a JSON object. A body that is not one can never be applied, by any consumer, so it
     * is poison at once: retried, it would hold up every later event of its partition (every child keyed to it).
     */
    private static ObjectNode jsonObject(String data) {
        try {
            if (SYNTAX.readTree(data) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new PoisonEventException("data is not a JSON object");
    }

    private static String type(String type) {
        if (!TYPE.matcher(type).matches()) {
            throw new PoisonEventException("ce_type is not a versioned Rød Tråd event type (dk.rodtraad.<...>.v<n>): " + type);
        }
        return type;
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
