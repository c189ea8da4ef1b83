package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.analytics.AnalyticsRecords;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns one domain event into the analysts' record of it (docs/analytics.md): the record type, the ISO week, the child
 * as a keyed hash, the age band, district and unit where the event carries them, and the source's fields that the
 * record's schema names, copied as they are; then the small-numbers rule; then the record's schema. What is not a
 * domain event for analysts, or cannot be read, or would break its schema, becomes no record: it is logged by its
 * type and the places that were wrong, never by its content.
 */
final class Pseudonymiser {

    private static final Logger LOG = Logger.getLogger(Pseudonymiser.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildKey childKey;
    private final ZoneId zone;
    private final RecordSchemas schemas = new RecordSchemas();

    Pseudonymiser(ChildKey childKey, ZoneId zone) {
        this.childKey = childKey;
        this.zone = zone;
    }

    /**
     * @param ceType    the event's {@code ce_type} header
     * @param ceTime    its {@code ce_time} header (ISO-8601 with offset)
     * @param ceSubject its {@code ce_subject} header: for an event about a child, the child's pseudonymous id
     * @param data      its JSON payload
     * @param rule      the small-numbers rule with the counts of the stream task the event is in
     */
    Optional<AnalyticsRecord> recordOf(String ceType, String ceTime, String ceSubject, byte[] data, SmallNumbers rule) {
        var source = ceType == null ? Optional.<EventType>empty() : EventType.of(ceType);
        var recordType = source.flatMap(AnalyticsRecords::recordTypeOf);
        if (recordType.isEmpty()) {
            LOG.debugf("No record for an event of type %s", ceType);
            return Optional.empty();
        }
        var week = weekOf(ceTime);
        if (week.isEmpty()) {
            return skip(ceType, "it has no ce_time with an offset");
        }
        var payload = objectOf(data);
        if (payload.isEmpty()) {
            return skip(ceType, "its data is not a JSON object");
        }
        ObjectNode record = JSON.createObjectNode();
        record.put("type", recordType.get());
        record.put("week", week.get());
        if (AnalyticsRecords.aboutAChild(source.get())) {
            var child = uuidOf(ceSubject);
            if (child.isEmpty()) {
                return skip(ceType, "its ce_subject is not a UUID");
            }
            record.put("child", childKey.hash(child.get()));
            record.put("keyId", childKey.keyId());
            // Null where the event has none (older events, a young adult's age): a record leaves such a field out.
            for (String field : AnalyticsRecords.PLACE_AND_AGE) {
                if (payload.get().hasNonNull(field)) {
                    record.set(field, payload.get().get(field));
                }
            }
        }
        for (String field : schemas.sourceFields(source.get())) {
            if (payload.get().has(field)) {
                record.set(field, payload.get().get(field));
            }
        }
        rule.generalise(record);
        var violations = schemas.violations(source.get(), record);
        if (!violations.isEmpty()) {
            return skip(ceType, "its record would break its schema at " + violations);
        }
        String key = record.hasNonNull("child") ? record.get("child").asText()
                : payload.get().path("interventionId").asText(null);
        return Optional.of(new AnalyticsRecord(key, record.toString()));
    }

    private Optional<String> weekOf(String ceTime) {
        try {
            return ceTime == null ? Optional.empty() : Optional.of(IsoWeek.of(OffsetDateTime.parse(ceTime).toInstant(), zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ObjectNode> objectOf(byte[] data) {
        try {
            return data != null && JSON.readTree(data) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuidOf(String subject) {
        try {
            return subject == null ? Optional.empty() : Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<AnalyticsRecord> skip(String ceType, String why) {
        LOG.warnf("An event of type %s becomes no analytics record: %s", ceType, why);
        return Optional.empty();
    }
}
