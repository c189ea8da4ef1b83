package dk.rodtraad.chassis.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import dk.rodtraad.contracts.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks an incoming event's data against its type's JSON Schema in {@code contracts} — the one check every consumer
 * gets from the {@link Inbox}, so no consumer tests a required field by hand. {@link CloudEventDeserializer} runs it
 * as each record is fetched, on the consumer's polling thread. Each schema is read and compiled once per service, when
 * its first consumer is made at start (a broken schema stops the start, not the first event). Formats ({@code uuid},
 * {@code date}, {@code date-time}) are asserted, not merely annotated; {@code uuid} by {@link UuidFormat}. Unknown
 * properties are allowed: the schemas allow them, so an added optional field breaks no consumer.
 */
public class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Compiled when first asked for, and shared by every consumer of the service. */
    private static final class OfTheContracts {
        static final ContractCheck CHECK = new ContractCheck();
    }

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);

    public ContractCheck() {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new UuidFormat()).build();
        var registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        var byResource = new HashMap<String, Schema>();
        for (EventType type : EventType.values()) {
            schemas.put(type, byResource.computeIfAbsent(type.schemaResource(), resource -> compile(registry, resource)));
        }
    }

    /** The schemas of the contracts the service was built with, compiled once. */
    static ContractCheck ofTheContracts() {
        return OfTheContracts.CHECK;
    }

    /**
     * @param event an event; one of a type the contracts do not know has no schema here, and passes
     *              ({@link Reads} decides what becomes of it)
     * @throws PoisonEventException naming each offending field and what is wrong with it
     */
    void check(ReceivedEvent event) {
        EventType type = EventType.of(event.type()).orElse(null);
        if (type == null) {
            return;
        }
        var errors = schemas.get(type).validate(event.dataTree());
        if (!errors.isEmpty()) {
            throw new PoisonEventException(type.type() + " does not satisfy its schema: "
                    + errors.stream().map(ContractCheck::describe).collect(Collectors.joining("; ")));
        }
    }

    /** {@code /level: does not have a value in the enumeration [...]}; a missing field is named in the message. */
    private static String describe(Error error) {
        String where = error.getInstanceLocation().toString();
        return where.isEmpty() ? error.getMessage() : where + ": " + error.getMessage();
    }

    private static Schema compile(SchemaRegistry registry, String resource) {
        try (var in = EventType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + resource);
            }
            Schema schema = registry.getSchema(JSON.readTree(in));
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + resource, e);
        }
    }
}
