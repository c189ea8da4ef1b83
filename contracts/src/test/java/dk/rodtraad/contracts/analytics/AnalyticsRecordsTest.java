package dk.rodtraad.contracts.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' record schemas: one for every domain event of the four services' topics but those said to hold nothing
 * for analysts; each field the source's own, and none that could carry a date, a free text or a service's id.
 */
class AnalyticsRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<EventType> sources() {
        return AnalyticsRecords.sources();
    }

    @Test
    void everyDomainEventOfTheServicesTopicsBecomesARecordOrIsSaidToHoldNothing() {
        var onTheSources = Arrays.stream(EventType.values())
                .filter(type -> Topics.ANALYTICS_SOURCES.contains(type.topic())).toList();
        for (EventType type : onTheSources) {
            assertTrue(AnalyticsRecords.recordTypeOf(type).isPresent() != AnalyticsRecords.WITHOUT_RECORD.contains(type),
                    type.type());
        }
        assertFalse(AnalyticsRecords.recordTypeOf(EventType.NOTIFICATION_RECEIVED_V1).isPresent(),
                "the authority's notification, with its CPR number, never becomes a record");
    }

    @ParameterizedTest
    @MethodSource("sources")
    void eachFieldOfARecordIsItsSourcesFieldWithTheSourcesSchema(EventType source) throws IOException {
        var record = schemaOf(source);
        JsonNode sourceSchema = read(source.schemaResource());
        assertEquals(AnalyticsRecords.recordTypeOf(source).orElseThrow(), record.path("title").asText());
        record.path("properties").properties().forEach(field -> {
            if (!AnalyticsRecords.COMMON_FIELDS.contains(field.getKey())) {
                assertEquals(sourceSchema.path("properties").path(field.getKey()), field.getValue(),
                        source.type() + " " + field.getKey());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("sources")
    void noFieldCanHoldADateAFreeTextOrAServicesIdOfAChild(EventType source) throws IOException {
        schemaOf(source).path("properties").properties().forEach(field -> {
            assertFalse(field.getKey().equals("childId"), source.type());
            assertTrue(closed(field.getKey(), field.getValue()), source.type() + " " + field.getKey() + " could hold "
                    + "free text, a date or an id: " + field.getValue());
        });
    }

    @ParameterizedTest
    @MethodSource("sources")
    void aRecordAboutAChildNamesTheChildOnlyByTheKeyedHash(EventType source) throws IOException {
        var required = schemaOf(source).path("required").toString();
        assertEquals(AnalyticsRecords.aboutAChild(source), required.contains("\"child\""), source.type());
    }

    /**
     * A value from a closed set (an enum, a constant, a number, a truth value, a string that a pattern keeps to a
     * code) or the catalogue's id of an intervention: nothing a person could type a name or a story into.
     */
    private static boolean closed(String name, JsonNode schema) {
        if (schema.has("enum") || schema.has("const")) {
            return true;
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        return switch (type) {
            case "boolean", "integer" -> true;
            case "string" -> schema.has("pattern") && !schema.has("format")
                    || name.equals("interventionId") && schema.path("format").asText().equals("uuid");
            case "array" -> closed(name, schema.path("items"));
            default -> false;
        };
    }

    private static JsonNode schemaOf(EventType source) throws IOException {
        return read(AnalyticsRecords.schemaResource(AnalyticsRecords.recordTypeOf(source).orElseThrow()));
    }

    private static JsonNode read(String resource) throws IOException {
        try (var in = AnalyticsRecords.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return JSON.readTree(in);
        }
    }
}
