package dk.rodtraad.concern.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import io.quarkus.qute.TemplateData;

import java.io.UncheckedIOException;

/**
 * One entry of the child's timeline in Danish: when, what happened, and the coded facts the event carries (events
 * carry no names and no free text, so neither does this).
 */
@TemplateData
public record TimelineRow(String when, String isoWhen, String what, String detail) {

    static TimelineRow of(TimelineEntry entry, JsonNode data, AppMessages msg) {
        return new TimelineRow(Formats.dateTime(entry.occurredAt), entry.occurredAt.toString(),
                msg.event(entry.eventType), detail(data, msg));
    }

    private static String detail(JsonNode data, AppMessages msg) {
        if (data.hasNonNull("level")) {
            // raised.v1 predates the acute flag; it reads as false there.
            return msg.event_level(msg.level(data.get("level").asText()), data.path("acute").asBoolean());
        }
        if (data.hasNonNull("fromProfession")) {
            return msg.event_handover(Labels.profession(data.get("fromProfession").asText()),
                    Labels.profession(data.get("toProfession").asText()));
        }
        if (data.hasNonNull("profession")) {
            return msg.event_profession(Labels.profession(data.get("profession").asText()));
        }
        return "";
    }

    /** Keeps the one checked exception of reading a payload out of the pages' streams. */
    static JsonNode read(ObjectMapper json, String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
