package dk.rodtraad.testkit.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.rodtraad.contracts.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks an event's payload against its type's JSON Schema in {@code contracts}, for the services' tests. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PAYLOADS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<EventType, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /** @return the violations; empty when the payload is valid. An unknown type is a violation too. */
    public static List<String> validate(String ceType, String payload) {
        var type = EventType.of(ceType);
        if (type.isEmpty()) {
            return List.of("Unknown event type: " + ceType);
        }
        try {
            return SCHEMAS.computeIfAbsent(type.get(), EventSchemas::load).validate(JSON.readTree(payload)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
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

    private static JsonSchema load(EventType type) {
        try (var in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema for " + type.type() + " at " + type.schemaResource());
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventSchemas() {
    }
}
