package dk.rodtraad.concern.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.audit.ChildDataUsedV1;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The other services' uses of a child's data, kept for the citizen's report by their event id (ADR 0001): a use
 * delivered again is kept once, and a use about another child than its event's subject is dead-lettered while the
 * uses in its batch are kept. Real Kafka and PostgreSQL.
 */
@QuarkusTest
class AuditEventsConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaTestClient kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());

    @Test
    void aUseDeliveredAgainInALaterBatchIsKeptOnce() throws Exception {
        UUID child = UUID.randomUUID();
        var first = use(UUID.randomUUID(), child, child);
        kafka.send(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> UsesKeptElsewhere.about(child) == 1);

        // The same event again, then another about the child: on the child's partition, in that order, so once the
        // second is kept the repeated one has been applied as well.
        kafka.sendInOneBatch(List.of(first, use(UUID.randomUUID(), child, child)));
        await().atMost(Duration.ofSeconds(30)).until(() -> UsesKeptElsewhere.about(child) >= 2);
        assertEquals(2, UsesKeptElsewhere.about(child), "the repeated use is kept once");
    }

    @Test
    void aUseAboutAnotherChildIsRefusedAndTheRestOfItsBatchKept() throws Exception {
        UUID child = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        kafka.sendInOneBatch(List.of(use(UUID.randomUUID(), child, child), use(UUID.randomUUID(), child, other),
                use(UUID.randomUUID(), child, child)));
        await().atMost(Duration.ofSeconds(30)).until(() -> UsesKeptElsewhere.about(child) == 2);
        kafka.await(Topics.deadLetter("concern-service"), record -> record.key().equals(child.toString()),
                Duration.ofSeconds(30));
        assertEquals(0, UsesKeptElsewhere.about(other), "a use is never kept on a child it was not sent about");
    }

    /** A use sent about {@code subject} whose payload names {@code about}. */
    private static ProducerRecord<String, String> use(UUID id, UUID subject, UUID about) throws Exception {
        var used = new ChildDataUsedV1(about, Instant.now().truncatedTo(ChronoUnit.MICROS), "network-meeting-service",
                "READ", "timeline", "Tidslinje vist", "fagperson", "paedagog", 200);
        return KafkaTestClient.cloudEvent(Topics.AUDIT, id, EventType.CHILD_DATA_USED_V1.type(), subject, used.at(),
                JSON.writeValueAsString(used));
    }
}
