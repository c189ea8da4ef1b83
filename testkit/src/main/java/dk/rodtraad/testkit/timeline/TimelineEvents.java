package dk.rodtraad.testkit.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.concern.ChildNotifiedV1;
import dk.rodtraad.contracts.concern.ConcernRaisedV2;
import dk.rodtraad.contracts.concern.NotificationOutcomeDecidedV1;
import dk.rodtraad.contracts.concern.TovholderNamedV1;
import dk.rodtraad.testkit.KafkaLogin;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A child's case as concern-service tells it on {@code rodtraad.concern.events} (CloudEvents in binary mode, keyed by
 * the child, valid against the contract's schemas), for testing the pages that show a child's timeline.
 */
public final class TimelineEvents {

    private static final String SOURCE = "/rodtraad/concern-service";

    private final KafkaTestClient kafka;

    public TimelineEvents(KafkaLogin login) {
        this.kafka = new KafkaTestClient(login);
    }

    /**
     * A yellow concern seen at school, a teacher named tovholder, an underretning on the ground of abuse and the
     * authority's decision of a child-welfare investigation (§ 20), a minute apart, oldest first.
     */
    public void sendACase(UUID child) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.HOURS);
        UUID notification = UUID.randomUUID();
        send(EventType.CONCERN_RAISED_V2, child, start, new ConcernRaisedV2(UUID.randomUUID(), child, "yellow", false,
                List.of("isolerer-sig"), 1, "skole", LocalDate.now().minusDays(3), start, "6-12", "Syd", "Rødby Skole"));
        send(EventType.TOVHOLDER_NAMED_V1, child, start.plusSeconds(60), new TovholderNamedV1(child, "laerer",
                start.plusSeconds(60)));
        send(EventType.CHILD_NOTIFIED_V1, child, start.plusSeconds(120), new ChildNotifiedV1(notification, child,
                "overgreb", start.plusSeconds(120)));
        send(EventType.NOTIFICATION_OUTCOME_DECIDED_V1, child, start.plusSeconds(180),
                new NotificationOutcomeDecidedV1(notification, child, "boernefaglig-undersoegelse",
                        start.plusSeconds(180)));
    }

    /** What {@link #sendACase} reads as on a timeline page, in order. */
    public static final List<String> A_CASE_IN_WORDS = List.of(
            "En fagperson registrerede en bekymring: gul (øget opmærksomhed), set i skolen",
            "Sagen blev tværfaglig, og en lærer blev tovholder.",
            "En fagperson underrettede myndigheden. Grundlag: overgreb eller mistanke om overgreb.",
            "Myndigheden besluttede, hvad der skal ske efter underretningen: børnefaglig undersøgelse (§ 20).");

    /** An event as it was sent: its type and its payload's JSON. */
    public record Sent(EventType type, String json) {
    }

    /**
     * One event of every type a timeline shows, about this child (contracts' example payloads), a second apart,
     * oldest first: what was sent, for a test to compare with the page's sentences.
     */
    public List<Sent> sendEveryTimelineType(UUID child) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.HOURS);
        List<Sent> sent = new ArrayList<>();
        for (EventType type : Arrays.stream(EventType.values()).filter(t -> Topics.TIMELINE.contains(t.topic()))
                .toList()) {
            String data = exampleAbout(type, child);
            kafka.sendCloudEvent(type.topic(), UUID.randomUUID(), type.type(), SOURCE, child,
                    start.plusSeconds(sent.size()), data);
            sent.add(new Sent(type, data));
        }
        return sent;
    }

    /**
     * Puts {@code events} valid {@code concern.raised.v2} events on {@code rodtraad.concern.events}, as concern-service's
     * relay sends them, about {@code children} new children in turn (their keys, so every partition), a millisecond
     * apart: a topic that has told a municipality's cases for years, for measuring how fast a replica is built from it.
     */
    public static void putConcerns(KafkaLogin login, long events, int children) {
        var config = new HashMap<>(login.clientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        List<UUID> ids = IntStream.range(0, children).mapToObj(i -> UUID.randomUUID()).toList();
        List<String> payloads = ids.stream().map(child -> exampleAbout(EventType.CONCERN_RAISED_V2, child)).toList();
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (long i = 0; i < events; i++) {
                int child = (int) (i % children);
                producer.send(KafkaTestClient.cloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(),
                        EventType.CONCERN_RAISED_V2.type(), ids.get(child), time.plusMillis(i), payloads.get(child)));
            }
            producer.flush();
        }
    }

    /** The contracts' example payload of this type, about this child, as it travels: valid against its schema. */
    public static String exampleAbout(EventType type, UUID child) {
        return EventSchemas.validJson(type, about(child, ExamplePayloads.json(type)));
    }

    private static ObjectNode about(UUID child, String json) {
        try {
            var payload = (ObjectNode) ExamplePayloads.JSON.readTree(json);
            if (payload.has("childId")) {
                payload.put("childId", child.toString());
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(EventType type, UUID child, Instant time, Object payload) {
        String data = EventSchemas.validJson(type, payload);
        kafka.sendCloudEvent(type.topic(), UUID.randomUUID(), type.type(), SOURCE, child, time, data);
    }
}
