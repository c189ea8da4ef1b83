package dk.rodtraad.contracts;

import dk.rodtraad.contracts.analytics.AnalyticsRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The AsyncAPI 3 document of every topic ({@code docs/asyncapi.yaml}), made from the contracts alone: the channels
 * from {@link Topics#specs()} (partitions, retention), their messages from {@link EventType} (each with its JSON
 * Schema from {@code schemas/} and the CloudEvents headers), who sends and who may receive from
 * {@link KafkaPrincipals}. {@code AsyncApiDocumentTest} fails when the committed file is not what this makes.
 */
final class AsyncApiDocument {

    static final String WRITE_PROPERTY = "rodtraad.asyncapi.write";
    private static final String HEADER = """
            # Rød Tråd's events: every Kafka topic, its messages and their JSON Schemas, who sends and who may receive.
            # GENERATED from contracts (Topics.specs(), EventType, KafkaPrincipals, schemas/) by AsyncApiDocument; do not
            # edit. After changing the contracts, write it again and commit it:
            #   ./mvnw -q -pl contracts verify -Dtest=AsyncApiDocumentTest -Drodtraad.asyncapi.write=true
            # AsyncApiDocumentTest fails while it differs. The words around it: docs/events.md.
            """;
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
    private static final String HEADERS = "CloudEventHeaders";
    private static final String DEAD_LETTER = "dead-letter";
    private static final String DEAD_LETTER_PREFIX = "rodtraad.deadletter.";

    private static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "1.0" stays a string when read back, not a number.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private final Path schemas;

    /** @param schemas the folder of contracts' JSON Schemas ({@code contracts/src/main/resources/schemas}) */
    AsyncApiDocument(Path schemas) {
        this.schemas = schemas;
    }

    /** The document as YAML, with its header comment. */
    String yaml() {
        try {
            return HEADER + YAML.writeValueAsString(document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode document() {
        var document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", "Rød Tråd events")
                .put("version", "0.1.0")
                .put("description", "Every topic of Rød Tråd's Kafka, its messages (CloudEvents 1.0 in binary mode: "
                        + "the attributes as ce_* headers, the JSON payload as the value) and who sends and may receive "
                        + "them; the broker's ACLs grant exactly this. The admin principal, the broker's super user, "
                        + "may do anything and is used by tooling only. See docs/events.md.");
        document.put("defaultContentType", "application/json");
        servers(document.putObject("servers"));
        var channels = document.putObject("channels");
        var operations = document.putObject("operations");
        var components = document.putObject("components");
        var messages = JSON.createObjectNode();
        for (TopicSpec topic : Topics.specs()) {
            var channel = channels.putObject(topic.name());
            channel.put("address", topic.name());
            channel.put("description", describe(topic));
            var channelMessages = channel.putObject("messages");
            for (String message : messagesOf(topic.name())) {
                channelMessages.putObject(message).put("$ref", "#/components/messages/" + message);
            }
            var kafka = channel.putObject("bindings").putObject("kafka");
            kafka.put("topic", topic.name()).put("partitions", topic.partitions());
            kafka.putObject("topicConfiguration").put("retention.ms", topic.retentionMs())
                    .putArray("cleanup.policy").add("delete");
            kafka.put("bindingVersion", KAFKA_BINDING);
        }
        // Sorted: a principal's topics may come from a Set (Topics.TIMELINE), whose order changes from run to run.
        for (var principal : KafkaPrincipals.ALL) {
            principal.writes().stream().sorted().forEach(topic -> operation(operations, principal, "send", topic));
            principal.reads().stream().sorted().forEach(topic -> operation(operations, principal, "receive", topic));
        }
        components.putObject("securitySchemes").putObject("scram")
                .put("type", "scramSha512")
                .put("description", "Every client logs in as its principal (contracts' KafkaPrincipals): "
                        + "SASL/SCRAM-SHA-512, over TLS in production (ADR 0011).");
        var schemaComponents = components.putObject("schemas");
        schemaComponents.set(HEADERS, cloudEventHeaders());
        schemaFiles().forEach(file -> schemaComponents.putObject(schemaName(file))
                .put("schemaFormat", SCHEMA_FORMAT)
                .set("schema", embedded(file)));
        for (EventType type : EventType.values()) {
            messages.set(type.type(), message(type));
        }
        for (EventType source : AnalyticsRecords.sources()) {
            String record = AnalyticsRecords.recordTypeOf(source).orElseThrow();
            messages.set(record, analyticsRecord(record, source));
        }
        messages.set(DEAD_LETTER, deadLetter());
        components.set("messages", messages);
        return document;
    }

    private static void servers(ObjectNode servers) {
        servers.putObject("local")
                .put("host", "localhost:9092")
                .put("protocol", "kafka")
                .put("description", "The local stack (./rodtraad start): SASL/SCRAM-SHA-512 without TLS, on loopback "
                        + "only. Each principal's demo password is <principal>-kafka-demo.")
                .putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");
        var production = servers.putObject("production")
                .put("host", "{brokers}")
                .put("protocol", "kafka-secure")
                .put("description", "A site's cluster: SASL/SCRAM-SHA-512 over TLS (SASL_SSL).");
        production.putObject("variables").putObject("brokers").put("description", "the site's bootstrap servers");
        production.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");
    }

    private static String describe(TopicSpec topic) {
        String retention = topic.retentionMs() == Topics.KEEP_FOREVER ? "for ever"
                : topic.retentionMs() % 86_400_000L == 0 ? topic.retentionMs() / 86_400_000L + " days"
                : topic.retentionMs() + " ms";
        return topic.partitions() + " partitions, records kept " + retention + ", cleanup.policy delete. "
                + "Why: docs/events.md, \"Topics\".";
    }

    /** The message ids a topic carries: its event types, or, on a dead-letter topic, the dead letter. */
    private static List<String> messagesOf(String topic) {
        if (topic.startsWith(DEAD_LETTER_PREFIX)) {
            return List.of(DEAD_LETTER);
        }
        if (topic.equals(Topics.ANALYTICS)) {
            return AnalyticsRecords.sources().stream().map(source -> AnalyticsRecords.recordTypeOf(source).orElseThrow())
                    .toList();
        }
        return Arrays.stream(EventType.values()).filter(type -> type.topic().equals(topic)).map(EventType::type).toList();
    }

    private static void operation(ObjectNode operations, KafkaPrincipals.Principal principal, String action, String topic) {
        var operation = operations.putObject(principal.name() + "." + action + "." + topic);
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + topic);
        operation.put("summary", principal.name() + (action.equals("send") ? " writes " : " may read ") + topic);
        operation.put("x-principal", principal.name());
        operation.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");
        if (action.equals("receive")) {
            var kafka = operation.putObject("bindings").putObject("kafka");
            kafka.putObject("groupId").put("type", "string").put("pattern", "^" + principal.groupPrefix().replace(".", "\\."));
            kafka.put("bindingVersion", KAFKA_BINDING);
        }
    }

    private static ObjectNode message(EventType type) {
        var message = JSON.createObjectNode();
        message.put("name", type.type());
        message.put("contentType", "application/json");
        var headers = message.putObject("headers");
        var allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + HEADERS);
        allOf.addObject().put("type", "object").putObject("properties").putObject("ce_type").put("const", type.type());
        message.putObject("payload").put("$ref", "#/components/schemas/" + schemaName(Path.of(type.schemaResource())));
        var kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("format", "uuid")
                .put("description", "Equals ce_subject: the child's pseudonymous id, or what a catalogue or results "
                        + "event is about");
        kafka.put("bindingVersion", KAFKA_BINDING);
        return message;
    }

    /** A record of the analysts' stream: a plain JSON value without headers, keyed by the child's keyed hash. */
    private static ObjectNode analyticsRecord(String record, EventType source) {
        var message = JSON.createObjectNode();
        message.put("name", record);
        message.put("contentType", "application/json");
        message.put("summary", "The pseudonymised record of " + source.type() + " (docs/analytics.md); no headers.");
        message.putObject("payload").put("$ref", "#/components/schemas/" + record);
        var kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", AnalyticsRecords.aboutAChild(source)
                ? "The child's keyed hash (HMAC), the record's child field" : "What the record is about");
        kafka.put("bindingVersion", KAFKA_BINDING);
        return message;
    }

    private static ObjectNode cloudEventHeaders() {
        var headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 in Kafka's binary mode: each attribute a record header.");
        var required = headers.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type")
                .forEach(required::add);
        var properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string").put("format", "uuid")
                .put("description", "The event's id; a consumer applies each id once.");
        properties.putObject("ce_type").put("type", "string").put("pattern", "^dk\\.rodtraad\\..+\\.v[0-9]+$")
                .put("description", "The versioned event type.");
        properties.putObject("ce_source").put("type", "string").put("pattern", "^/rodtraad/")
                .put("description", "The sending service, /rodtraad/<service>.");
        properties.putObject("ce_subject").put("type", "string").put("format", "uuid")
                .put("description", "The child's pseudonymous id (never a CPR number), or the id of what a catalogue "
                        + "or results event is about; also the Kafka key.");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time")
                .put("description", "When the change happened (its database transaction).");
        properties.putObject("ce_dataschema").put("type", "string").put("format", "uri")
                .put("description", "The $id of the payload's JSON Schema in contracts (ADR 0021).");
        properties.putObject("content-type").put("const", "application/json");
        return headers;
    }

    private static ObjectNode deadLetter() {
        var message = JSON.createObjectNode();
        message.put("name", DEAD_LETTER);
        message.put("summary", "A record a service's consumer could not apply, unchanged, with why and whence.");
        message.put("description", "Key, value and ce_* headers as they came; read by operators (admin) only. "
                + "docs/events.md, \"Dead letters\".");
        var headers = message.putObject("headers");
        headers.put("type", "object");
        var properties = headers.putObject("properties");
        properties.putObject("dead-letter-reason").put("type", "string");
        properties.putObject("dead-letter-cause").put("type", "string");
        properties.putObject("dead-letter-exception-class-name").put("type", "string");
        properties.putObject("dead-letter-topic").put("type", "string");
        properties.putObject("dead-letter-partition").put("type", "string");
        properties.putObject("dead-letter-offset").put("type", "string");
        message.putObject("payload").put("description", "Whatever the record held.");
        return message;
    }

    /** Every JSON Schema file of contracts, by name. */
    List<Path> schemaFiles() {
        // The events' schemas and, in analytics/, the analysts' records'.
        try (Stream<Path> files = Files.walk(schemas, 2)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".schema.json"))
                    .sorted(Comparator.comparing(AsyncApiDocument::schemaName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. {@code dk.rodtraad.concern.raised.v2} for {@code dk.rodtraad.concern.raised.v2.schema.json} */
    static String schemaName(Path file) {
        return file.getFileName().toString().replace(".schema.json", "");
    }

    /**
     * The schema as the document holds it: its own references ({@code #/$defs/...}) pointed at where it now lies, as
     * a reference in the document resolves from the document's root.
     */
    static JsonNode embedded(Path file) {
        JsonNode schema = read(file);
        anchor(schema, "#/components/schemas/" + schemaName(file) + "/schema");
        return schema;
    }

    private static void anchor(JsonNode node, String at) {
        if (node instanceof ObjectNode object && object.path("$ref").asText().startsWith("#/")) {
            object.put("$ref", at + object.get("$ref").asText().substring(1));
        }
        node.forEach(child -> anchor(child, at));
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
