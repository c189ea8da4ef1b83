package dk.rodtraad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.Tokens;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** The running system as the bench drives it: requests as the demo users, and its databases as their owners. */
final class BenchSystem {

    static final ObjectMapper JSON = new ObjectMapper();
    /** contracts' Topics all begin so. */
    private static final String RODTRAAD_TOPICS = "rodtraad.";

    private final RunningSystem system;
    private final java.util.concurrent.atomic.AtomicLong children = new java.util.concurrent.atomic.AtomicLong();

    BenchSystem(RunningSystem system) {
        this.system = system;
    }

    RunningSystem system() {
        return system;
    }

    /** A fresh token for the demo user from the service's own client (tokens live 15 minutes: one per phase). */
    String token(String service, String user) {
        return Tokens.password(system.infrastructure().realmUrl(), service, DemoClients.secret(service), user,
                DemoUsers.PASSWORD);
    }

    HttpRequest get(String service, String path, String token) {
        return HttpRequest.newBuilder(URI.create(system.url(service) + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    HttpRequest post(String service, String path, String token, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(system.url(service) + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** {@code POST /concerns} as {@code professional} about the child with this CPR number. */
    HttpRequest concern(String token, String professional, String cpr) {
        var body = ConcernRequests.concern(cpr, "Bench Barn", "trist", "yellow", "skole", LocalDate.now().minusDays(1),
                "Virker trist og trækker sig fra kammeraterne.", professional, null);
        try {
            return post(StackConfig.CONCERN, "/concerns", token, "application/json", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection to a service's database as its tables' owner (the bench reads replicas and writes the outbox). */
    Connection database(String service) throws SQLException {
        Database database = system.infrastructure().database(StackConfig.databaseOf(service));
        return DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
    }

    /** The first column of the first row of a query, as a long. */
    long count(String service, String sql, Object... parameters) {
        try (var connection = database(service); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until concern-service's outbox is sent and every consumer group has committed up to the end of its
     * partitions, so one phase's backlog does not count against the next (false if not within ten minutes).
     */
    boolean awaitQuiet() {
        return await(() -> count(StackConfig.CONCERN, "select count(*) from outbox_event where sent_at is null") == 0
                && consumerLag() == 0, Duration.ofMinutes(10));
    }

    /**
     * Records of Rød Tråd's topics not yet committed by their consumer groups, over every group and partition; the
     * Kafka tools' groups on the bench's own topic do not count. An answer the broker does not give in time counts
     * as lag.
     */
    private long consumerLag() {
        try (var admin = Admin.create(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            long lag = 0;
            for (var group : admin.listGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(admin.listConsumerGroupOffsets(
                        group.groupId()).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS));
                committed.keySet().removeIf(partition -> !partition.topic().startsWith(RODTRAAD_TOPICS));
                var ends = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                        .all().get(10, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
                    }
                }
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return Long.MAX_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * How far a consumer group has come on the topics, and where they end: the sums over every partition of its
     * committed offsets and of the partitions' end offsets (a partition it has not committed on counts 0).
     */
    Progress progress(String group, java.util.List<String> topics) {
        try (var admin = Admin.create(system.infrastructure().kafkaLogin(KafkaPrincipals.ADMIN).clientConfig())) {
            var partitions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            long end = admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
            long committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(entry -> partitions.containsKey(entry.getKey()) && entry.getValue() != null)
                    .mapToLong(entry -> entry.getValue().offset()).sum();
            return new Progress(committed, end);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the offsets of " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A consumer group's committed offsets and the end offsets of its topics, each summed over the partitions. */
    record Progress(long committed, long end) {
        boolean caughtUp() {
            return committed >= end;
        }
    }

    /** Waits (polling every 100 ms) until the condition holds; false if it did not within the timeout. */
    static boolean await(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(Duration.ofMillis(100));
        }
        return condition.getAsBoolean();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A child not recorded before in this run. */
    String newChild() {
        return cpr(children.getAndIncrement());
    }

    /**
     * The n-th CPR number of this run: distinct for every n below 30,240,000, a child between 2 and 16 years old, in
     * the form concern-service accepts (serials from 4000 put the years in the 2000s).
     */
    static String cpr(long n) {
        int year = LocalDate.now().getYear() - 2 - (int) (n / (28 * 12) % 15);
        return String.format("%02d%02d%02d-%04d", 1 + n % 28, 1 + n / 28 % 12, year % 100, 4000 + n / (28 * 12 * 15));
    }
}
