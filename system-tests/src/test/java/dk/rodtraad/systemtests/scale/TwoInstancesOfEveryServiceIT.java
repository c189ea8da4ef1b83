package dk.rodtraad.systemtests.scale;

import dk.rodtraad.contracts.Topics;
import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.Database;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out, the reason for Kafka: two instances of every service — the same jar, database and consumer groups, each
 * on its own port — while professionals record concerns through both concern-service instances. The second instance
 * of every service is killed with {@code kill -9} under that load (its relay may be between sending and marking sent,
 * its consumers between applying and committing their offsets), concerns go on through the first, and the four are
 * started again, so Kafka moves partitions to them while concerns keep coming. Afterwards:
 * <ul>
 *   <li>every event concern-service wrote to its outbox for these children is on its topic, and on every timeline
 *       replica (concern-, network-meeting- and followup-service), each instance showing every child the same
 *       timeline;</li>
 *   <li>no event was applied twice: each is one row of each replica, and none went to a dead-letter topic (a second
 *       application would break the replica's key and be dead-lettered);</li>
 *   <li>no event was sent twice by two relays: each event is on its topic once, except one that the killed relay may
 *       have sent and not marked sent before it died — written before the kill and marked sent after it;</li>
 *   <li>catalogue-service's interventions, published through either instance, the second one killed between them,
 *       reach followup-service once each.</li>
 * </ul>
 */
class TwoInstancesOfEveryServiceIT {

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int CHILDREN_PER_WORKER = 6;
    /** Concerns recorded in each phase: with both instances, with the second killed, with it back. */
    private static final int CONCERNS_PER_PHASE = 30;
    private static final List<String> RELAYED_BY_CONCERN_SERVICE = List.of(Topics.CONCERN_EVENTS, Topics.CHILD_ACCESS);
    private static final List<String> TIMELINE_SERVICES =
            List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.FOLLOWUP);

    private final TheSystem system = TheSystem.shared();
    private final RunningSystem running = system.running();

    @Test
    void killingOneInstanceOfEveryServiceUnderLoadLosesNoEventAndDoublesNone() throws Exception {
        running.startInstances(2, line -> {
        });
        try {
            verifyScaleOut();
        } finally {
            RunningSystem.SERVICES.forEach(service -> running.instance(service, 2).stop());
        }
    }

    private void verifyScaleOut() throws Exception {
        var nurse = system.as(DemoUsers.HANNE);
        var editor = system.as(DemoUsers.KARIN);
        String concern1 = running.instance(StackConfig.CONCERN, 1).url();
        String concern2 = running.instance(StackConfig.CONCERN, 2).url();
        var interventions = new ArrayList<String>();
        Instant killedAt;
        ConcernLoad load = new ConcernLoad(nurse, List.of(concern1, concern2), CHILDREN_PER_WORKER);
        try (load) {
            awaitRecorded(load, CONCERNS_PER_PHASE);
            interventions.add(editor.publishInterventionVia(running.instance(StackConfig.CATALOGUE, 2).url(),
                    TheSystem.anIntervention(code())));

            load.remove(concern2);
            killedAt = Instant.now();
            RunningSystem.SERVICES.forEach(service -> running.instance(service, 2).kill());
            awaitRecorded(load, 2 * CONCERNS_PER_PHASE);
            interventions.add(editor.publishInterventionVia(running.instance(StackConfig.CATALOGUE, 1).url(),
                    TheSystem.anIntervention(code())));

            RunningSystem.SERVICES.forEach(service -> running.instance(service, 2).restart());
            RunningSystem.SERVICES.forEach(service -> running.instance(service, 2).awaitReady(PATIENCE));
            int beforeComeback = load.recordedVia(concern2);
            load.add(concern2);
            awaitRecorded(load, 3 * CONCERNS_PER_PHASE);
            await().atMost(PATIENCE).until(() -> load.recordedVia(concern2) > beforeComeback);
            interventions.add(editor.publishInterventionVia(running.instance(StackConfig.CATALOGUE, 2).url(),
                    TheSystem.anIntervention(code())));
        }
        assertTrue(load.failed() <= ConcernLoad.workers(),
                "only requests in flight at the kill may fail, not " + load.failed());
        Set<String> children = load.children();
        assertEquals(2 * CHILDREN_PER_WORKER, children.size(), "every child was recorded");

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var written = outboxOf(children);
            assertEquals(List.of(), written.values().stream().filter(row -> row.sentAt() == null).toList(),
                    "concern-service's relays sent every event");
            Set<UUID> onTimelines = written.values().stream().filter(row -> Topics.TIMELINE.contains(row.topic()))
                    .map(OutboxRow::eventId).collect(Collectors.toSet());
            assertTrue(onTimelines.size() >= load.recorded(), "each recorded concern wrote its event");
            for (String service : TIMELINE_SERVICES) {
                assertEquals(onTimelines, timelineEventIds(service, children), service + " placed every event");
            }
        });
        Map<UUID, OutboxRow> written = outboxOf(children);

        assertEachTimelineIsTheSameInEveryInstance(nurse, children);
        assertNoEventWasDeadLettered(written.keySet());
        assertEachEventWasSentOnceButWhatTheKillInterrupted(written, killedAt);
        assertEachInterventionReachedFollowupServiceOnce(interventions);
    }

    /** Waits until the load has recorded {@code concerns}; if not, says what it met and what concern-service logged. */
    private void awaitRecorded(ConcernLoad load, int concerns) {
        try {
            await().atMost(PATIENCE).until(() -> load.recorded() >= concerns);
        } catch (ConditionTimeoutException e) {
            var logs = new StringBuilder();
            for (int instance = 1; instance <= 2; instance++) {
                ServiceProcess process = running.instance(StackConfig.CONCERN, instance);
                logs.append("\n--- ").append(RunningSystem.label(process)).append(":\n").append(process.logTail(40));
            }
            throw new AssertionError("The load did not record " + concerns + " concerns within " + PATIENCE + ": "
                    + load + logs, e);
        }
    }

    private static String code() {
        return "skalering-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void assertEachTimelineIsTheSameInEveryInstance(TheSystem.User nurse, Set<String> children) {
        for (String child : children) {
            var reference = nurse.timeline(StackConfig.CONCERN, child);
            for (String service : TIMELINE_SERVICES) {
                for (int instance = 1; instance <= 2; instance++) {
                    ServiceProcess process = running.instance(service, instance);
                    assertEquals(reference, nurse.timelineVia(process.url(), service, child),
                            RunningSystem.label(process) + " shows child " + child + " the same timeline");
                }
            }
        }
    }

    private void assertNoEventWasDeadLettered(Set<UUID> events) {
        var deadLetters = system.kafka().readAll(TIMELINE_SERVICES.stream().map(Topics::deadLetter).toList(),
                Duration.ofSeconds(30), 0);
        var ids = events.stream().map(UUID::toString).collect(Collectors.toSet());
        var ours = deadLetters.stream().filter(record -> ids.contains(record.header("ce_id")))
                .map(record -> record.header("ce_id") + ": " + record.header("dead-letter-reason")).toList();
        assertEquals(List.of(), ours, "no event was dead-lettered (as one applied twice would be)");
    }

    private void assertEachEventWasSentOnceButWhatTheKillInterrupted(Map<UUID, OutboxRow> written, Instant killedAt) {
        Map<String, Long> copies = system.kafka().readAll(RELAYED_BY_CONCERN_SERVICE, Duration.ofSeconds(60),
                        written.size()).stream()
                .map(record -> record.header("ce_id"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (OutboxRow row : written.values()) {
            long count = copies.getOrDefault(row.eventId().toString(), 0L);
            assertTrue(count >= 1, row + " is on " + row.topic());
            boolean interruptedByTheKill = row.createdAt().isBefore(killedAt) && row.sentAt().isAfter(killedAt);
            assertTrue(count == 1 || (count == 2 && interruptedByTheKill),
                    row + " is on " + row.topic() + " " + count + " times");
        }
    }

    private void assertEachInterventionReachedFollowupServiceOnce(List<String> interventions) {
        var professional = system.as(DemoUsers.LISE);
        await().atMost(PATIENCE).untilAsserted(() -> {
            var offered = professional.interventionsInFollowupService().stream()
                    .map(intervention -> (String) intervention.get("id")).toList();
            for (String intervention : interventions) {
                assertEquals(1, offered.stream().filter(intervention::equals).count(), intervention);
            }
        });
    }

    /** One event concern-service wrote for these children, as its outbox holds it. */
    private record OutboxRow(UUID eventId, String topic, Instant createdAt, Instant sentAt) {
    }

    private Map<UUID, OutboxRow> outboxOf(Set<String> children) throws SQLException {
        String topics = RELAYED_BY_CONCERN_SERVICE.stream().map(topic -> "'" + topic + "'")
                .collect(Collectors.joining(", "));
        return rows(system.database(StackConfig.CONCERN), "select event_id, topic, created_at, sent_at from outbox_event"
                        + " where subject_id = any (?) and topic in (" + topics + ")", children,
                result -> {
                    Timestamp sentAt = result.getTimestamp(4);
                    return new OutboxRow(result.getObject(1, UUID.class), result.getString(2),
                            result.getTimestamp(3).toInstant(), sentAt == null ? null : sentAt.toInstant());
                }).stream().collect(Collectors.toMap(OutboxRow::eventId, Function.identity()));
    }

    private Set<UUID> timelineEventIds(String service, Set<String> children) throws SQLException {
        var events = rows(system.database(service), "select event_id from timeline_entry where child_id = any (?)",
                children, result -> result.getObject(1, UUID.class));
        assertEquals(events.size(), Set.copyOf(events).size(), service + " holds each event once");
        return Set.copyOf(events);
    }

    private interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    /** The rows of a query about the children, read as the database's owner. */
    private static <T> List<T> rows(Database database, String sql, Set<String> children, Row<T> row)
            throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.owner(), database.ownerPassword());
             var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", children.stream().map(UUID::fromString).toArray()));
            var rows = new ArrayList<T>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        }
    }
}
