package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A timeline entry as a Danish sentence, from its type and its payload's fields: who did what, by discipline (events
 * carry no names), with the codes in words. Every page and the API say the same sentence for the same event.
 */
@ApplicationScoped
public class TimelineSentences {

    /** The topics of the {@code timeline} channel: every event type on them needs a sentence. */
    public static final Set<String> TIMELINE_TOPICS = Topics.TIMELINE;

    private final TimelineMessages msg;
    private final ObjectMapper json;

    public TimelineSentences(TimelineMessages msg, ObjectMapper json) {
        this.msg = msg;
        this.json = json;
    }

    /** @return the sentence; a neutral one for a type this version does not know or a payload it cannot read */
    public String sentence(String type, String payload) {
        JsonNode data;
        try {
            data = json.readTree(payload);
        } catch (JsonProcessingException e) {
            return msg.unknown();
        }
        return sentence(type, data);
    }

    /** As {@link #sentence(String, String)}, for a payload already read. */
    public String sentence(String type, JsonNode data) {
        return EventType.of(type).map(known -> sentence(known, data)).orElseGet(msg::unknown);
    }

    private String sentence(EventType type, JsonNode data) {
        try {
            return switch (type) {
                case CONCERN_RAISED_V1 -> msg.raised_v1(level(data), msg.setting(text(data, "setting")),
                        date(data, "observedOn"));
                case CONCERN_RAISED_V2 -> msg.raised(level(data), msg.setting(text(data, "setting")),
                        date(data, "observedOn"), data.path("signs").size(), data.path("acute").asBoolean());
                case CONCERN_REASSESSED_V1 -> msg.reassessed(level(data), data.path("signs").size(),
                        data.path("acute").asBoolean());
                case TOVHOLDER_NAMED_V1 -> msg.tovholder_named(profession(data, "profession"));
                case TOVHOLDER_HANDED_OVER_V1 -> msg.tovholder_handed_over(profession(data, "fromProfession"),
                        profession(data, "toProfession"));
                case CONSULTATION_LINKED_V1 -> msg.consultation_linked(dateTime(data, "openedAt"));
                case COLLEAGUE_INVOLVED_V1 -> msg.colleague_involved(profession(data, "profession"));
                case CHILD_NOTIFIED_V1 -> msg.notified(msg.ground(text(data, "ground")));
                case NOTIFICATION_URGENCY_ASSESSED_V1 -> msg.urgency_assessed(msg.urgency(text(data, "urgency")));
                case NOTIFICATION_RECEIPT_SENT_V1 -> msg.receipt_sent();
                case NOTIFICATION_OUTCOME_DECIDED_V1 -> msg.outcome_decided(msg.outcome(text(data, "outcome")));
                // Not on a child's timeline (the catalogue, who may see a child, the audit, the restricted topic).
                default -> msg.unknown();
            };
        } catch (DateTimeParseException e) {
            return msg.unknown();
        }
    }

    private String level(JsonNode data) {
        return msg.level(text(data, "level"));
    }

    private String profession(JsonNode data, String field) {
        return Profession.ofClaim(text(data, field)).map(Profession::label).orElseGet(msg::other_profession);
    }

    private static String text(JsonNode data, String field) {
        return data.path(field).asText("");
    }

    private static String date(JsonNode data, String field) {
        return DanishDates.date(LocalDate.parse(text(data, field)));
    }

    private static String dateTime(JsonNode data, String field) {
        return DanishDates.dateTime(Instant.parse(text(data, field)));
    }
}
