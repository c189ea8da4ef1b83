package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.analytics.AnalyticsRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' record schemas from {@code contracts}, read and compiled once at start (a broken one stops the start):
 * which of its source's fields a record copies, and the check every record passes before it leaves.
 */
final class RecordSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Compiled(Schema schema, List<String> sourceFields) {
    }

    private final Map<EventType, Compiled> bySource = new EnumMap<>(EventType.class);

    RecordSchemas() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        for (EventType source : AnalyticsRecords.sources()) {
            JsonNode tree = read(AnalyticsRecords.schemaResource(AnalyticsRecords.recordTypeOf(source).orElseThrow()));
            var fields = new ArrayList<String>();
            tree.path("properties").fieldNames().forEachRemaining(field -> {
                if (!AnalyticsRecords.COMMON_FIELDS.contains(field)) {
                    fields.add(field);
                }
            });
            Schema schema = registry.getSchema(tree);
            schema.initializeValidators();
            bySource.put(source, new Compiled(schema, List.copyOf(fields)));
        }
    }

    /** The source event's fields its record copies: those its schema names besides the common ones. */
    List<String> sourceFields(EventType source) {
        return bySource.get(source).sourceFields();
    }

    /** Where the record breaks its schema ({@code /level}, or the record itself for a missing field); empty if valid. */
    List<String> violations(EventType source, JsonNode record) {
        return bySource.get(source).schema().validate(record).stream().map(RecordSchemas::where).toList();
    }

    /** Only the place, never the value: a value that breaks its schema could be the very text that must not travel. */
    private static String where(Error error) {
        String where = error.getInstanceLocation().toString();
        return where.isEmpty() ? "the record" : where;
    }

    private static JsonNode read(String resource) {
        try (var in = AnalyticsRecords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + resource, e);
        }
    }
}
