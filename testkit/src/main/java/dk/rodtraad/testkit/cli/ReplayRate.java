package dk.rodtraad.testkit.cli;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackCpu;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.timeline.TimelineEvents;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Measures how fast a replica is built from the topics, and prints it (no test asserts a time): on the test stack's
 * ports ({@code RODTRAAD_TEST_*}), it puts {@code events} concern events (default 1,000,000) about 10,000 children on
 * {@code rodtraad.concern.events}, starts network-meeting-service on an empty database, which builds its timeline
 * from them, then rebuilds that timeline with {@link Rebuild}, as {@code ./rodtraad rebuild} does. Each figure is the
 * replica's own record: the events applied, from the first to the last (the entries' {@code received_at}); it also
 * prints the CPU the service, PostgreSQL and the broker used per event. Needs the services
 * packaged ({@code ./mvnw -DskipTests package}); run it with testkit's classpath, e.g.
 * {@code java -cp "testkit/target/classes:testkit/target/lib/*" dk.rodtraad.testkit.cli.ReplayRate 1000000}.
 */
public final class ReplayRate {

    private static final PrintStream OUT = System.out;
    private static final int CHILDREN = 10_000;
    private static final String SERVICE = StackConfig.NETWORK_MEETING;

    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        var system = RunningSystem.attach(StackConfig.forTests());
        try {
            system.infrastructure().start();
            Instant begun = Instant.now();
            produce(system, events);
            OUT.printf("Put %,d events on %s in %d s%n", events, Topics.CONCERN_EVENTS,
                    Duration.between(begun, Instant.now()).toSeconds());
            var rebuild = new Rebuild(system, OUT::println);
            var service = system.service(SERVICE);
            service.start(system.serviceConfig(SERVICE));
            service.awaitReady(Duration.ofSeconds(300));
            var cpuAtReady = StackCpu.of(system);
            var replayed = rebuild.awaitReplayed(SERVICE, Rebuild.TIMELINE);
            OUT.println("A new replica:  " + replayed);
            // On a machine shared with other work the wall-clock rate says little alone; the service's CPU per
            // event says what two cores of its own would do (the start's CPU left out, the commit waits put in).
            var cpuReplayed = StackCpu.of(system);
            Duration replayCpu = cpuReplayed.since(cpuAtReady, SERVICE);
            OUT.printf("                %s used %.1f s of CPU for it: %.0f µs per event, %,.0f events per CPU-second%n",
                    SERVICE, replayCpu.toMillis() / 1000.0, replayCpu.toNanos() / 1000.0 / replayed.events(),
                    replayed.events() * 1e9 / replayCpu.toNanos());
            // On two cores PostgreSQL and the broker share the machine with the service: their CPU per event bounds
            // the replay as much as its own.
            for (String other : List.of(StackCpu.POSTGRESQL, StackCpu.BROKER)) {
                Duration spent = cpuReplayed.since(cpuAtReady, other);
                OUT.printf("                %s used %.1f s of CPU meanwhile: %.0f µs per event%n", other,
                        spent.toMillis() / 1000.0, spent.toNanos() / 1000.0 / replayed.events());
            }
            for (var rebuilt : rebuild.run(SERVICE, List.of(Rebuild.TIMELINE))) {
                OUT.println("Rebuilt:        " + rebuilt);
            }
        } finally {
            system.service(SERVICE).stop();
            system.infrastructure().close();
        }
        System.exit(0);
    }

    /** Valid {@code concern.raised.v2} events, as concern-service's relay sends them, round the children in turn. */
    private static void produce(RunningSystem system, long events) {
        var config = new HashMap<>(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN).clientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        List<UUID> children = IntStream.range(0, CHILDREN).mapToObj(i -> UUID.randomUUID()).toList();
        List<String> payloads = children.stream()
                .map(child -> TimelineEvents.exampleAbout(EventType.CONCERN_RAISED_V2, child)).toList();
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (long i = 0; i < events; i++) {
                int child = (int) (i % CHILDREN);
                producer.send(KafkaTestClient.cloudEvent(Topics.CONCERN_EVENTS, UUID.randomUUID(),
                        EventType.CONCERN_RAISED_V2.type(), children.get(child), time.plusMillis(i), payloads.get(child)));
            }
            producer.flush();
        }
    }

    private ReplayRate() {
    }
}
