package dk.rodtraad.testkit.cli;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.embedded.Readiness;
import dk.rodtraad.testkit.StackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Rebuilds a service's replicas from the topics, as {@code ./rodtraad rebuild <service> [replica ...]} does: stops the
 * service, empties each replica's tables and its consumer's rows in {@code processed_event} (one transaction), moves
 * the replica's consumer group back to the earliest offsets of its partitions (Kafka's admin client, which only an
 * empty group allows: the service is stopped), starts the service again and waits until each group has read up to
 * the end of its partitions. Every replica here is built from topics kept for ever (docs/events.md), so what comes
 * back is what was there, as every other replica of the same events holds it.
 */
public final class Rebuild {

    /**
     * A replica a service keeps from the topics.
     *
     * @param consumer the inbox's name for it, in {@code processed_event}
     * @param group    its consumer group's name after the service's ({@code <service>-<group>})
     * @param tables   what it holds; no other table refers to them
     * @param applied  how many events it applied and when the first and the last: from the inbox's record, or from its
     *                 own rows where they are the record (the timeline's entries, the citizen's report's uses:
     *                 {@code Effect.recordsItself})
     */
    public record Replica(String name, String consumer, String group, List<String> tables, String applied) {

        Replica(String name, String consumer, String group, List<String> tables) {
            this(name, consumer, group, tables, "select count(*), min(processed_at), max(processed_at) "
                    + "from processed_event where consumer = '" + consumer + "'");
        }
    }

    /** How a replica came back: the events its consumer applied, and the time from the first to the last of them. */
    public record Replayed(String service, Replica replica, long events, Duration span) {

        public double eventsPerSecond() {
            return span.isZero() ? 0 : events * 1000.0 / span.toMillis();
        }

        @Override
        public String toString() {
            return String.format("%s %s: %,d events applied in %.1f s (%,.0f events/s)", service, replica.name(), events,
                    span.toMillis() / 1000.0, eventsPerSecond());
        }
    }

    static final Replica TIMELINE = new Replica("timeline", "timeline", "timeline", List.of("timeline_entry"),
            "select count(*), min(received_at), max(received_at) from timeline_entry");
    static final Replica ACCESS = new Replica("access", "child-access", "access",
            List.of("child_access", "child_tovholder"));
    static final Replica INTERVENTIONS = new Replica("interventions", "interventions", "interventions",
            List.of("intervention_copy"));
    static final Replica SHARED_LANGUAGE = new Replica("shared-language", "shared-language", "catalogue",
            List.of("shared_language_copy"));
    static final Replica CITIZENS_REPORT = new Replica("citizens-report", "citizens-report", "audit",
            List.of("audit_elsewhere"),
            "select count(received_at), min(received_at), max(received_at) from audit_elsewhere");
    static final Replica INTERVENTION_RESULTS = new Replica("intervention-results", "intervention-results",
            "intervention-results", List.of("intervention_results"));

    /** Each service's replicas: its channels with a consumer group (the services' and the chassis's configuration). */
    private static final Map<String, List<Replica>> REPLICAS = Map.of(
            StackConfig.CONCERN, List.of(TIMELINE, SHARED_LANGUAGE, CITIZENS_REPORT),
            StackConfig.NETWORK_MEETING, List.of(TIMELINE, ACCESS, INTERVENTIONS),
            StackConfig.FOLLOWUP, List.of(TIMELINE, ACCESS, INTERVENTIONS),
            StackConfig.CATALOGUE, List.of(INTERVENTION_RESULTS));

    private static final Duration GROUP_EMPTY_PATIENCE = Duration.ofSeconds(60);
    private static final Duration CATCH_UP_PATIENCE = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final RunningSystem system;
    private final Consumer<String> progress;

    /** @param system a stack whose infrastructure runs */
    public Rebuild(RunningSystem system, Consumer<String> progress) {
        this.system = system;
        this.progress = progress;
    }

    /** @param names the replicas to rebuild; none for all of the service's */
    public static List<Replica> replicas(String service, List<String> names) {
        var all = REPLICAS.get(service);
        if (all == null) {
            throw new IllegalArgumentException("No service " + service + "; the services are " + REPLICAS.keySet());
        }
        if (names.isEmpty()) {
            return all;
        }
        var chosen = all.stream().filter(replica -> names.contains(replica.name())).toList();
        if (chosen.size() != Set.copyOf(names).size()) {
            throw new IllegalArgumentException(service + " keeps the replicas "
                    + all.stream().map(Replica::name).toList() + ", not all of " + names);
        }
        return chosen;
    }

    public List<Replayed> run(String service, List<Replica> replicas) {
        ServiceProcess process = system.service(service);
        try (var admin = Admin.create(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            // Every instance: Kafka moves only an empty group's offsets. The first is started again below.
            for (ServiceProcess instance : system.runningInstances()) {
                if (instance.name().equals(service)) {
                    progress.accept("Stopping " + RunningSystem.label(instance) + " ...");
                    instance.stop();
                }
            }
            var database = system.infrastructure().database(StackConfig.databaseOf(service));
            for (Replica replica : replicas) {
                String group = service + "-" + replica.group();
                awaitEmpty(admin, group);
                empty(database, replica);
                int partitions = resetToEarliest(admin, group);
                progress.accept("Emptied " + replica.name() + " (" + String.join(", ", replica.tables())
                        + ") and moved " + group + " to the start of its " + partitions + " partitions");
            }
            progress.accept("Starting " + service + ", which reads the topics from the start ...");
            process.start(system.serviceConfig(service));
            process.awaitReady(Readiness.deadline());
        } catch (ExecutionException | TimeoutException | SQLException e) {
            throw new IllegalStateException("Cannot rebuild " + service + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return replicas.stream().map(replica -> awaitReplayed(service, replica)).toList();
    }

    /** Waits until the running service's replica has read its topics to the end; how it went. */
    public Replayed awaitReplayed(String service, Replica replica) {
        try (var admin = Admin.create(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            awaitCaughtUp(admin, service + "-" + replica.group());
            return replayed(service, system.infrastructure().database(StackConfig.databaseOf(service)), replica);
        } catch (ExecutionException | TimeoutException | SQLException e) {
            throw new IllegalStateException("Cannot rebuild " + service + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The replica's tables and the record of what its consumer applied go together, or not at all. */
    private static void empty(Database database, Replica replica) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword())) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", replica.tables()));
            }
            try (var statement = connection.prepareStatement("delete from processed_event where consumer = ?")) {
                statement.setString(1, replica.consumer());
                statement.executeUpdate();
            }
            connection.commit();
        }
    }

    /** Kafka moves a group's offsets only while it has no members: a stopped consumer may take a moment to leave. */
    private static void awaitEmpty(Admin admin, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(GROUP_EMPTY_PATIENCE);
        while (true) {
            var description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(30, TimeUnit.SECONDS);
            if (description.members().isEmpty()
                    || Set.of(GroupState.EMPTY, GroupState.DEAD).contains(description.groupState())) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The consumer group " + group + " still has members "
                        + description.members() + ": is another instance of the service running?");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** @return how many partitions were moved */
    private static int resetToEarliest(Admin admin, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
            // Never committed: the service's auto.offset.reset=earliest reads from the start anyway.
            return 0;
        }
        var earliest = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest())))
                .all().get(30, TimeUnit.SECONDS);
        admin.alterConsumerGroupOffsets(group, earliest.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new OffsetAndMetadata(entry.getValue().offset())))).all().get(30, TimeUnit.SECONDS);
        return earliest.size();
    }

    /**
     * Until the group has committed the end of every partition it reads (those it committed before and those its
     * members hold now). The service commits every few seconds, so this may wait that much longer than the replay;
     * the figures come from the inbox's own record, not from this wait.
     */
    private static void awaitCaughtUp(Admin admin, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(CATCH_UP_PATIENCE);
        while (lag(admin, group) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(group + " has not caught up within " + CATCH_UP_PATIENCE);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static long lag(Admin admin, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        try {
            admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS)
                    .members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
            // A new replica's group does not exist until the just-started service's consumer first joins it.
        }
        if (partitions.isEmpty()) {
            // Not yet joined: the running service's consumer is assigned its partitions within seconds.
            return Long.MAX_VALUE;
        }
        var ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            lag += ends.get(partition).offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    /** From the record of each applied event, a row written in its batch's transaction. */
    private static Replayed replayed(String service, Database database, Replica replica) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var statement = connection.prepareStatement(replica.applied())) {
            try (var result = statement.executeQuery()) {
                result.next();
                long events = result.getLong(1);
                var first = result.getTimestamp(2);
                var last = result.getTimestamp(3);
                Duration span = events == 0 ? Duration.ZERO
                        : Duration.between(first.toInstant(), last.toInstant());
                return new Replayed(service, replica, events, span);
            }
        }
    }
}
