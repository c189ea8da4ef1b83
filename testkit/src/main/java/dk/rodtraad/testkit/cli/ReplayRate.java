package dk.rodtraad.testkit.cli;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.StackCpu;
import dk.rodtraad.testkit.timeline.TimelineEvents;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
            TimelineEvents.putConcerns(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN), events, CHILDREN);
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

    private ReplayRate() {
    }
}
