package dk.rodtraad.chassis.timeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import dk.rodtraad.chassis.timeline.TimelineSentences;
import dk.rodtraad.contracts.EventType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A child's timeline as the pages show it: each entry's time in Danish, its sentence, and the link to its item. */
@ApplicationScoped
public class TimelineRows {

    private final TimelineSentences sentences;
    private final TimelineLinks links;
    private final ObjectMapper json;

    public TimelineRows(TimelineSentences sentences, TimelineLinks links, ObjectMapper json) {
        this.sentences = sentences;
        this.links = links;
        this.json = json;
    }

    /** The entries in the order they come (the one order: {@link TimelineEntry#forChild}), in words. */
    public List<TimelineRow> of(List<TimelineEntry> entries) {
        return entries.stream().map(this::row).toList();
    }

    /** The payload is read once, for both the sentence and the link; one that cannot be read gets neither. */
    private TimelineRow row(TimelineEntry entry) {
        String when = DanishDates.dateTime(entry.occurredAt);
        String isoWhen = DanishDates.iso(entry.occurredAt);
        JsonNode data;
        try {
            data = json.readTree(entry.payload);
        } catch (JsonProcessingException e) {
            return new TimelineRow(when, isoWhen, sentences.sentence(entry.eventType, entry.payload), null);
        }
        return new TimelineRow(when, isoWhen, sentences.sentence(entry.eventType, data),
                EventType.of(entry.eventType).flatMap(known -> links.href(known, data)).orElse(null));
    }
}
