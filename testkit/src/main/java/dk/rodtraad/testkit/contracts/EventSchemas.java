package dk.rodtraad.testkit.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.rodtraad.contracts.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what a producer sends against its type's JSON Schema in {@code contracts}, more strictly than a consumer
 * does, for the services' tests. The published schemas allow unknown properties, so that an optional field a producer
 * adds breaks no consumer (the consumer's check is the chassis's {@code ContractCheck}); a producer, though, must not
 * send a field the contract does not name — a field sent by mistake could carry what must never travel (a CPR
 * number, a name). So here every object of a schema is closed ({@code unevaluatedProperties: false}, which also sees
 * the properties an {@code if}/{@code then} names) before it is compiled: a producer's test fails on an undeclared
 * field, anywhere in the payload. Formats ({@code uuid}, {@code date-time}) are asserted, as in the consumers.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PAYLOADS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<EventType, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** @return the violations; empty when the payload is valid. An unknown type and an undeclared field are violations too. */
    public static List<String> validate(String ceType, String payload) {
        var type = EventType.of(ceType);
        if (type.isEmpty()) {
            return List.of("Unknown event type: " + ceType);
        }
        try {
            return SCHEMAS.computeIfAbsent(type.get(), EventSchemas::load).validate(JSON.readTree(payload)).stream()
                    .map(Object::toString).sorted().toList();
        } catch (JsonProcessingException e) {
            return List.of("Not JSON: " + e.getOriginalMessage());
        }
    }

    /** The payload as it travels, refused unless valid against its type's schema: what a producer's test sends. */
    public static String validJson(EventType type, Object payload) {
        String data;
        try {
            data = PAYLOADS.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var errors = validate(type.type(), data);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Not a valid " + type.type() + ": " + errors);
        }
        return data;
    }

    private static Schema load(EventType type) {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema for " + type.type() + " at " + type.schemaResource());
            }
            return REGISTRY.getSchema(closed(JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema with every object schema in it ({@code "type": "object"}) closed to properties it does not name. */
    static JsonNode closed(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            object.forEach(EventSchemas::closed);
            if ("object".equals(object.path("type").asText())) {
                object.put("unevaluatedProperties", false);
            }
        } else {
            schema.forEach(EventSchemas::closed);
        }
        return schema;
    }

    private EventSchemas() {
    }
}
