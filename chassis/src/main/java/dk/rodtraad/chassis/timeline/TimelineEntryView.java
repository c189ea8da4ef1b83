package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A timeline entry as the API shows it: the event's CloudEvents attributes, its (pseudonymous) data, and the Danish
 * sentence the pages show for it ({@code TimelineSentences}).
 */
public record TimelineEntryView(UUID eventId, Instant occurredAt, String type, String source, JsonNode data,
        String text) {
}
