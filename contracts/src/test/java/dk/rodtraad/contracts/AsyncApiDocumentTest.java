package dk.rodtraad.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/asyncapi.yaml can never drift from the contracts: it must be what {@link AsyncApiDocument} makes of them, and,
 * read back, must name every topic with its partitions and retention, every schema file (its own references pointed
 * at where it lies in the document), every event type on its topic, and exactly the senders and receivers
 * {@link KafkaPrincipals} grants. With {@code -Drodtraad.asyncapi.write=true} the first test writes the file instead.
 */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("rodtraad.root", "..")).toAbsolutePath().normalize();
    private static final Path COMMITTED = ROOT.resolve("docs/asyncapi.yaml");
    private static final AsyncApiDocument GENERATED =
            new AsyncApiDocument(ROOT.resolve("contracts/src/main/resources/schemas"));

    @Test
    void theCommittedDocumentIsTheOneTheContractsMake() throws Exception {
        String generated = GENERATED.yaml();
        if (Boolean.getBoolean(AsyncApiDocument.WRITE_PROPERTY)) {
            Files.writeString(COMMITTED, generated);
        }
        assertTrue(Files.exists(COMMITTED), "No " + COMMITTED + ": write it with -D" + AsyncApiDocument.WRITE_PROPERTY + "=true");
        assertEquals(generated, Files.readString(COMMITTED), COMMITTED + " differs from the contracts: write it again "
                + "(./mvnw -q -pl contracts verify -Dtest=AsyncApiDocumentTest -D" + AsyncApiDocument.WRITE_PROPERTY
                + "=true) and commit it");
    }

    @Test
    void everyTopicIsAChannelWithItsPartitionsAndRetention() throws Exception {
        JsonNode channels = committed().get("channels");
        for (TopicSpec topic : Topics.specs()) {
            JsonNode kafka = channels.path(topic.name()).path("bindings").path("kafka");
            assertEquals(topic.partitions(), kafka.path("partitions").asInt(), topic.name());
            assertEquals(topic.retentionMs(), kafka.path("topicConfiguration").path("retention.ms").asLong(), topic.name());
        }
        assertEquals(Topics.all().size(), channels.size());
    }

    @Test
    void everySchemaOfContractsIsInTheDocumentAsItIs() throws Exception {
        JsonNode schemas = committed().get("components").get("schemas");
        List<Path> files = GENERATED.schemaFiles();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            assertEquals(AsyncApiDocument.embedded(file), schemas.path(AsyncApiDocument.schemaName(file)).get("schema"),
                    file.getFileName().toString());
        }
    }

    @Test
    void everyEventTypeIsAMessageOfItsTopicWithItsSchema() throws Exception {
        JsonNode document = committed();
        for (EventType type : EventType.values()) {
            assertTrue(document.get("channels").get(type.topic()).get("messages").has(type.type()), type.type());
            String schema = AsyncApiDocument.schemaName(Path.of(type.schemaResource()));
            assertEquals("#/components/schemas/" + schema,
                    document.get("components").get("messages").get(type.type()).get("payload").get("$ref").asText());
        }
    }

    @Test
    void whoSendsAndWhoMayReceiveIsWhatTheAclsGrant() throws Exception {
        var expected = new ArrayList<String>();
        for (var principal : KafkaPrincipals.ALL) {
            principal.writes().forEach(topic -> expected.add(principal.name() + " send " + topic));
            principal.reads().forEach(topic -> expected.add(principal.name() + " receive " + topic));
        }
        var documented = new ArrayList<String>();
        committed().get("operations").forEach(operation -> documented.add(operation.get("x-principal").asText()
                + " " + operation.get("action").asText() + " "
                + operation.get("channel").get("$ref").asText().substring("#/channels/".length())));
        assertEquals(expected.stream().sorted().toList(), documented.stream().sorted().toList());
    }

    private static JsonNode committed() throws Exception {
        return AsyncApiDocument.YAML.readTree(COMMITTED.toFile());
    }
}
