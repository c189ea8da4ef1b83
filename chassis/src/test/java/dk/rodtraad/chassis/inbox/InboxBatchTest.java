package dk.rodtraad.chassis.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.ask;
import static dk.rodtraad.testkit.kafka.KafkaTestClient.cloudEvent;
import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static dk.rodtraad.testkit.timeline.TimelineEvents.exampleAbout;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox takes what one poll returned as one batch, in one transaction (the timeline consumer here): a duplicate
 * in it is applied once, a poison event is dead-lettered alone, and a batch whose transaction fails is taken one
 * event at a time, so the one event that cannot be applied is dead-lettered and every other one is applied. The
 * events of each test share a child, so a partition, and are sent in one produce request: one record batch, which
 * the consumer's poll returns whole.
 */
@QuarkusTest
class InboxBatchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TYPE = EventType.CONCERN_RAISED_V2.type();
    private static final String CONSUMER = "timeline";

    @Inject
    MeterRegistry registry;

    @Test
    void appliesABatchWithADuplicateAndAPoisonEventInOneTransactionOnceEachAndDeadLettersThePoison() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        double splitBefore = splitBatches();

        kafka.sendInOneBatch(List.of(
                cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child)),
                cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child)),
                cloudEvent(Topics.CONCERN_EVENTS, poison, TYPE, child, now.plusSeconds(1), orangeWithoutSigns(child)),
                cloudEvent(Topics.CONCERN_EVENTS, last, TYPE, child, now.plusSeconds(2), raised(child))));

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> poison.toString().equals(header(r, "ce_id")),
                PATIENCE);
        assertTrue(header(dead, "dead-letter-reason").startsWith(TYPE + " does not satisfy its schema: "),
                header(dead, "dead-letter-reason"));
        assertEquals(orangeWithoutSigns(child), dead.value(), "the dead letter carries the data as it came");
        await().atMost(PATIENCE).until(() -> timeline(child).contains(last));
        assertEquals(List.of(first, last), timeline(child), "each good event once, the poison not at all");
        assertEquals(splitBefore, splitBatches(), "a poison event found before the transaction splits no batch");
    }

    /**
     * PostgreSQL refuses a NUL character in a jsonb value (no schema knows of it): the batch's transaction fails, so
     * the inbox takes its events one at a time; that one is dead-lettered after its tries, the others are applied.
     */
    @Test
    void takesABatchWhoseTransactionFailsOneEventAtATimeAndDeadLettersOnlyTheEventThatFails() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        double splitBefore = splitBatches();

        kafka.sendInOneBatch(List.of(
                cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child)),
                cloudEvent(Topics.CONCERN_EVENTS, failing, "dk.rodtraad.concern.a-kind-these-contracts-do-not-know.v1",
                        child, now.plusSeconds(1), "{\"note\":\"\\u0000\"}"),
                cloudEvent(Topics.CONCERN_EVENTS, last, TYPE, child, now.plusSeconds(2), raised(child))));

        var dead = kafka.await(Topics.deadLetter("chassis-test"), r -> failing.toString().equals(header(r, "ce_id")),
                PATIENCE);
        assertEquals(EventNotAppliedException.class.getName(), header(dead, "dead-letter-exception-class-name"));
        await().atMost(PATIENCE).until(() -> timeline(child).contains(last));
        assertEquals(List.of(first, last), timeline(child));
        assertTrue(splitBatches() > splitBefore, "the batch was taken one event at a time");
    }

    /**
     * The timeline's entries are their own record of what was applied (no processed_event row): an event delivered
     * again in a later batch, alone or beside a new one, leaves the entry it made the first time as it was.
     */
    @Test
    void anEventDeliveredAgainInALaterBatchLeavesTheTimelineAsItWas() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        kafka.sendInOneBatch(List.of(cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child))));
        await().atMost(PATIENCE).until(() -> timeline(child).contains(first));
        Instant receivedFirst = receivedAt(first);

        kafka.sendInOneBatch(List.of(
                cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child)),
                cloudEvent(Topics.CONCERN_EVENTS, second, TYPE, child, now.plusSeconds(1), raised(child))));
        kafka.sendInOneBatch(List.of(cloudEvent(Topics.CONCERN_EVENTS, first, TYPE, child, now, raised(child)),
                cloudEvent(Topics.CONCERN_EVENTS, third, TYPE, child, now.plusSeconds(2), raised(child))));

        await().atMost(PATIENCE).until(() -> timeline(child).contains(third));
        assertEquals(List.of(first, second, third), timeline(child), "the event delivered three times is there once");
        assertEquals(receivedFirst, receivedAt(first), "its entry is the one the first delivery made");
        assertEquals(0L, ask(() -> Panache.withSession(() -> ProcessedEvent.count("key.consumer", CONSUMER))),
                "the entries are the record; the inbox keeps none for the timeline");
    }

    private static Instant receivedAt(UUID event) {
        return ask(() -> Panache.withSession(() -> TimelineEntry.<TimelineEntry>findById(event)))
                .receivedAt;
    }

    private double splitBatches() {
        var counter = registry.find(Inbox.SPLIT_BATCHES).tag("consumer", CONSUMER).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<UUID> timeline(UUID child) {
        return ask(() -> Panache.withSession(() -> TimelineEntry.forChild(child)))
                .stream().map(entry -> entry.eventId).toList();
    }

    private static String raised(UUID child) {
        return exampleAbout(EventType.CONCERN_RAISED_V2, child);
    }

    private static String orangeWithoutSigns(UUID child) {
        try {
            var raised = (ObjectNode) ExamplePayloads.JSON.readTree(raised(child));
            raised.put("level", "orange");
            raised.remove("signs");
            return raised.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
