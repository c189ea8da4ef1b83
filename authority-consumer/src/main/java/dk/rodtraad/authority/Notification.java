package dk.rodtraad.authority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One record of the authority's topic as the outlets deliver it: a CloudEvent in binary mode on Kafka (the attributes
 * in {@code ce_*} headers, the payload as the value) turned into one JSON document in CloudEvents' structured JSON
 * format, the file's content and the webhook's body (docs/events.md, "The authority's consumer").
 *
 * @param id   the event's id ({@code ce_id}): the file's name and the webhook's idempotency key
 * @param json the CloudEvent as one JSON document
 */
public record Notification(UUID id, String json) {

    /**
     * @throws NotDeliverable when the record is no Rød Tråd CloudEvent with a UUID id and a JSON object as its data:
     *                        there is nothing to name a file by, or nothing a case system could read
     */
    public static Notification of(ConsumerRecord<String, String> record, ObjectMapper json) {
        UUID id;
        try {
            id = UUID.fromString(required(record, "ce_id"));
        } catch (IllegalArgumentException e) {
            throw new NotDeliverable("ce_id is not a UUID");
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : json.readTree(record.value());
        } catch (Exception e) {
            throw new NotDeliverable("the data is not JSON");
        }
        if (data == null || !data.isObject()) {
            throw new NotDeliverable("the data is not a JSON object");
        }
        ObjectNode event = json.createObjectNode()
                .put("specversion", required(record, "ce_specversion"))
                .put("id", id.toString())
                .put("type", required(record, "ce_type"))
                .put("source", required(record, "ce_source"))
                .put("subject", required(record, "ce_subject"))
                .put("time", required(record, "ce_time"))
                .put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return new Notification(id, json.writerWithDefaultPrettyPrinter().writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the notification " + id, e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new NotDeliverable("no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record that no outlet can deliver: it is set aside (logged by its place on the topic, never its content). */
    public static final class NotDeliverable extends RuntimeException {
        NotDeliverable(String reason) {
            super(reason);
        }
    }
}
