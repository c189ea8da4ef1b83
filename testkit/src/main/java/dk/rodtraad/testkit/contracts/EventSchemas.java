package dk.rodtraad.testkit.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
