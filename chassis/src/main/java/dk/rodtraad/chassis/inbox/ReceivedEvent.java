package dk.rodtraad.chassis.inbox;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A CloudEvent as it arrived from Kafka, checked for what every Rød Tråd event must carry: an id, a versioned Rød Tråd
 * type, a source, a time, the child's pseudonymous id as subject, and data that is a JSON object. Anything less is a
 * poison event. Whether the data satisfies its type's schema is the {@link Inbox}'s next check ({@link ContractCheck}).
 * <p>
 * It reads the record's {@code ce_*} headers itself (CloudEvents' Kafka binding, binary mode), as Kafka hands them to
 * {@link CloudEventDeserializer} (SmallRye's {@code getHeaders()} copied them for every record), and the channels leave
 * SmallRye's CloudEvent support off ({@code cloud-events=false}): SmallRye's reading copied every header into a map
 * and parsed the source as a URI for each record, a tenth of a replay's CPU, and threw inside the connector, where no
 * inbox sees it, on a record whose source or time it could not read. Here such a record is poison like any other.
 *
 * @param data     the data as it travelled, for a consumer that keeps it verbatim (the timeline, the shared language)
 * @param dataTree the same data read once, for the schema check and the payload record
 */
public record ReceivedEvent(UUID id, String type, String source, UUID childId, Instant time, String data,
                            ObjectNode dataTree) {

    /** {@code dk.rodtraad.<producer>.<name>.v<n>}: the version suffix is what tells an unknown version apart. */
    private static final Pattern TYPE = Pattern.compile("dk\\.rodtraad(\\.[a-z0-9-]+)+\\.v[1-9][0-9]*");

    /** The types met so far that are versioned Rød Tråd types: a few dozen in practice, bounded all the same. */
    private static final Set<String> VERSIONED_TYPES = ConcurrentHashMap.newKeySet();
    private static final int VERSIONED_TYPES_KEPT = 1_000;

    /** Reads the data's syntax only, so it needs none of the service's configuration. */
    private static final ObjectMapper SYNTAX = new ObjectMapper();

    /** The event that the {@code ce_*} headers and the value of a Kafka record make. */
    static ReceivedEvent from(Headers headers, String value) {
        String specVersion = header(headers, "ce_specversion");
        if (specVersion == null) {
            throw new PoisonEventException("Not a CloudEvent (no ce_specversion header)");
        }
        if (!specVersion.equals("1.0")) {
            throw new PoisonEventException("Not a CloudEvent 1.0 (ce_specversion " + specVersion + ")");
        }
        String data = required(value, "data");
        return new ReceivedEvent(
                uuid(header(headers, "ce_id"), "ce_id"),
                type(required(header(headers, "ce_type"), "ce_type")),
                required(header(headers, "ce_source"), "ce_source"),
                uuid(header(headers, "ce_subject"), "ce_subject"),
                time(required(header(headers, "ce_time"), "ce_time")),
                data,
                jsonObject(data));
    }

    /** The header's value as UTF-8 (the binding's rule), or null when the record has none. */
    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * An RFC 3339 time, as the database keeps it (microseconds). Read with ethlo's ITU (the schema check's own
     * date-time parser), which is strict RFC 3339 and several times faster than {@code OffsetDateTime.parse}, a
     * twentieth of a replay's CPU.
     */
    private static Instant time(String value) {
        try {
            return ITU.parseDateTime(value).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + value);
        }
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
        if (VERSIONED_TYPES.contains(type)) {
            return type;
        }
        if (!TYPE.matcher(type).matches()) {
            throw new PoisonEventException("ce_type is not a versioned Rød Tråd event type (dk.rodtraad.<...>.v<n>): " + type);
        }
        if (VERSIONED_TYPES.size() < VERSIONED_TYPES_KEPT) {
            VERSIONED_TYPES.add(type);
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
