package dk.rodtraad.systemtests.wire;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.RunningSystem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The wire test of every event type: each type of the contracts that a service still produces is produced through the
 * services' API ({@link EveryEventType}), read off Kafka by a plain consumer and checked with the official CloudEvents
 * SDK and its schema ({@link WireRecord}) — and so is every other record the services have sent on the stack so far,
 * whichever system tests ran before. A new type in the contracts that no service sends through its API fails here,
 * and so does a type whose events stray from what docs/events.md promises.
 */
class EveryEventTypeOnTheWireIT {

    /** The relays send at commit; intervention-results goes out on followup-service's evaluation schedule. */
    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);

    private final TheSystem system = TheSystem.shared();

    @Test
    void everyTypeArrivesAsACloudEventTheSdkReadsWithItsSchemaAndDataThatSatisfiesIt() {
        String cpr = TheSystem.uniqueCpr();
        new EveryEventType(system).run(cpr);

        var produced = Arrays.stream(EventType.values()).filter(type -> !type.retired()).map(EventType::type)
                .collect(Collectors.toCollection(TreeSet::new));
        var onTheWire = new AtomicReference<List<WireRecord>>();
        await().atMost(EVENT_TRAVEL).untilAsserted(() -> {
            onTheWire.set(sentByTheServices());
            var missing = new TreeSet<>(produced);
            onTheWire.get().forEach(record -> record.type().ifPresent(missing::remove));
            assertEquals(new TreeSet<String>(), missing, "types of the contracts not on the wire");
        });

        assertEquals(List.of(), onTheWire.get().stream().flatMap(record -> record.problems().stream()).toList());
        for (var record : onTheWire.get()) {
            if (!record.record().topic().equals(Topics.AUTHORITY_NOTIFICATIONS)) {
                String value = record.record().value();
                assertFalse(value.contains(cpr) || value.contains(TheSystem.CHILD_NAME),
                        "no CPR number and no name outside the authority's topic: " + value);
            }
        }
    }

    /** Every record on the contracts' topics that a service sent: a test playing a broken producer sends as another. */
    private List<WireRecord> sentByTheServices() {
        var kafka = system.kafkaClient();
        return Arrays.stream(EventType.values()).map(EventType::topic).distinct()
                .flatMap(topic -> kafka.readToEnd(topic).stream())
                .map(WireRecord::new)
                .filter(record -> record.sentBy(RunningSystem.SERVICES))
                .toList();
    }
}
