package dk.rodtraad.bench;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.cli.Rebuild;
import dk.rodtraad.testkit.timeline.TimelineEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rebuild of a replica of 1,000,000 events, measured rather than worked out from the backlog's replay:
 * {@code events} more concern events (about {@value #CHILDREN} children) go on {@code rodtraad.concern.events}, then
 * network-meeting-service's timeline is rebuilt from the topics as {@code ./rodtraad rebuild network-meeting-service
 * timeline} does (testkit's {@link Rebuild}), over those events and everything the run wrote before them. A replay of
 * the 100,000-event backlog after a restart lasts a few seconds, most of them a JVM still compiling; a rebuild of a
 * million lasts long enough to show the pace a municipality's rebuild runs at.
 *
 * <p>The other timeline replicas (concern-service's, followup-service's) would take the new events at the same time,
 * on the same two cores, where in a real rebuild they had read them long before: they are stopped first, and stay
 * stopped, so this step runs last.
 */
final class ReplicaRebuild {

    /** A municipality's children with a concern: the hash of their ids spreads the events over every partition. */
    static final int CHILDREN = 10_000;
    private static final Set<String> TIMELINE_SERVICES = Set.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.FOLLOWUP);

    record Result(long put, Duration putting, Rebuild.Replayed replayed) {

        double perSecond() {
            return replayed.eventsPerSecond();
        }

        String note() {
            return Goal.number(replayed.events()) + " events applied from the first to the last in "
                    + Goal.number(replayed.span().toMillis() / 1000.0) + " s after the service's restart ("
                    + Goal.number(put) + " concern events put on the topic in " + Goal.number(putting.toSeconds())
                    + " s, and the run's own); network-meeting-service's timeline, rebuilt as ./rodtraad rebuild does";
        }
    }

    static Result run(BenchSystem bench, long events, Consumer<String> progress) {
        var system = bench.system();
        for (ServiceProcess instance : system.runningInstances()) {
            if (TIMELINE_SERVICES.contains(instance.name())) {
                instance.stop();
            }
        }
        Instant begun = Instant.now();
        TimelineEvents.putConcerns(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN), events, CHILDREN);
        Duration putting = Duration.between(begun, Instant.now());
        progress.accept(String.format("  put %,d concern events on the topic in %d s", events, putting.toSeconds()));
        var replayed = new Rebuild(system, progress).run(StackConfig.NETWORK_MEETING,
                Rebuild.replicas(StackConfig.NETWORK_MEETING, List.of("timeline"))).getFirst();
        return new Result(events, putting, replayed);
    }

    private ReplicaRebuild() {
    }
}
