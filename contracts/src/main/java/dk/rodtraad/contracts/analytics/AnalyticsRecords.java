package dk.rodtraad.contracts.analytics;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records of the analysts' topic {@link Topics#ANALYTICS}: which domain event becomes which record, and where the
 * record's JSON Schema lies. A record's fields are the common ones ({@link #COMMON_FIELDS}) and those of its source
 * event that its schema names, with the source's own schema for each; nothing else (docs/analytics.md).
 */
public final class AnalyticsRecords {

    private static final String EVENT_PREFIX = "dk.rodtraad.";
    private static final String RECORD_PREFIX = "dk.rodtraad.analytics.";

    /** The fields every record may have besides its source's: what it is, when, and (about a child) whom, coarsened. */
    public static final List<String> COMMON_FIELDS = List.of("type", "week", "child", "keyId", "ageBand", "district",
            "unit");

    /**
     * The common fields a record about a child takes from its event where the event carries them (concern.raised.v2
     * and concern.reassessed.v1 do): the child's age band, the district and unit of the professional who assessed.
     */
    public static final List<String> PLACE_AND_AGE = List.of("ageBand", "district", "unit");

    /**
     * Domain events that hold nothing for analysts and so become no record: the catalogue's shared language and its
     * Vejviser are published content, which analysts read in the catalogue itself, about no child.
     */
    public static final Set<EventType> WITHOUT_RECORD = Set.of(EventType.TAXONOMY_PUBLISHED_V1,
            EventType.VEJVISER_PUBLISHED_V1);

    /** The record type of a domain event, e.g. concern.raised.v2 → {@code dk.rodtraad.analytics.concern.raised.v2}. */
    public static Optional<String> recordTypeOf(EventType source) {
        if (!Topics.ANALYTICS_SOURCES.contains(source.topic()) || WITHOUT_RECORD.contains(source)) {
            return Optional.empty();
        }
        return Optional.of(RECORD_PREFIX + source.type().substring(EVENT_PREFIX.length()));
    }

    /** Every domain event type that becomes a record. */
    public static List<EventType> sources() {
        return Arrays.stream(EventType.values()).filter(type -> recordTypeOf(type).isPresent()).toList();
    }

    /** Class-path location of a record type's JSON Schema (draft 2020-12). */
    public static String schemaResource(String recordType) {
        return "/schemas/analytics/" + recordType + ".schema.json";
    }

    /** Whether a record of the source's type is about a child (and so carries the keyed hash): all but the catalogue's. */
    public static boolean aboutAChild(EventType source) {
        return !source.topic().equals(Topics.CATALOGUE_EVENTS);
    }

    private AnalyticsRecords() {
    }
}
