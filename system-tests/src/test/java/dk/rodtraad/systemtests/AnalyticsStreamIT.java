package dk.rodtraad.systemtests;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoAnalyticsKey;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.KafkaLogin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' stream on the running system (docs/analytics.md): the pseudonymiser, a Kafka Streams application
 * under its own principal, turns the journeys' events into records that the analyst reads from the beginning, and
 * nothing on the topic names a child, dates an event or tells its story; the analyst reads that topic and no other.
 */
class AnalyticsStreamIT {

    /** A CPR number, with or without its hyphen, anywhere in a text. */
    private static final Pattern CPR = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    /** An exact date or moment (2026-11-24, 2026-11-24T09:15): the records carry ISO weeks only. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern HASH_OR_UUID =
            Pattern.compile("[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final TheSystem system = TheSystem.shared();

    @Test
    void theAnalystReadsEveryJourneysRecordFromTheBeginningAndNothingThatNamesDatesOrTellsAboutAChild() {
        String cpr = TheSystem.uniqueCpr();
        var nurse = system.as(DemoUsers.HANNE);
        var concern = nurse.concern(cpr, "red");
        String childId = (String) concern.get("childId");
        String story = "Barnet tager ikke på, og mor virker meget belastet.";
        nurse.postToConcernService("/concerns/{id}/notification", Map.of("ground", "saerlig-stoette",
                "knownOrSuspected", story, "parentsInformed", true), 201, concern.get("id"));
        String child = hash(childId);

        var analyst = new TopicReader(login(KafkaPrincipals.ANALYST));
        var records = new AtomicReference<List<TopicReader.Event>>();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            records.set(analyst.readAll(List.of(Topics.ANALYTICS), Duration.ofSeconds(30), 2));
            var types = records.get().stream().filter(record -> child.equals(record.key()))
                    .map(record -> record.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1")).toList();
            assertTrue(types.containsAll(List.of("dk.rodtraad.analytics.concern.raised.v2",
                    "dk.rodtraad.analytics.concern.notified.v1")), types.toString());
        });

        // What the services' topics hold that must never reach the analysts: every child's id, every free text.
        var sources = system.kafka().readAll(Topics.ANALYTICS_SOURCES, Duration.ofSeconds(30), 1);
        var childIds = new HashSet<String>();
        sources.forEach(event -> {
            if (event.header("ce_subject") != null) {
                childIds.add(event.header("ce_subject"));
            }
        });
        assertTrue(childIds.contains(childId));
        var freeTexts = new ArrayList<>(List.of(story, "Virker trist og trækker sig fra kammeraterne.",
                TheSystem.CHILD_NAME, cpr, cpr.replace("-", "")));
        for (var record : records.get()) {
            String text = record.key() + " " + record.value() + " " + record.headers();
            assertTrue(record.headers().isEmpty(), text);
            // A child's hash and an intervention's id may hold ten digits in a row by chance: no CPR number, no date.
            String withoutIds = HASH_OR_UUID.matcher(text).replaceAll("#");
            assertFalse(CPR.matcher(withoutIds).find(), "a CPR number: " + text);
            assertFalse(DATE.matcher(withoutIds).find(), "a date: " + text);
            freeTexts.forEach(free -> assertFalse(text.contains(free), free + " in " + text));
            childIds.forEach(id -> assertFalse(text.contains(id), "a service's child id in " + text));
        }
    }

    @Test
    void aReplayFromTheBeginningReadsTheSameRecordsAgain() {
        var analyst = new TopicReader(login(KafkaPrincipals.ANALYST));
        var first = analyst.readAll(List.of(Topics.ANALYTICS), Duration.ofSeconds(30), 1);
        var again = analyst.readAll(List.of(Topics.ANALYTICS), Duration.ofSeconds(30), first.size());
        assertFalse(first.isEmpty());
        assertTrue(again.containsAll(first), "a second group from the beginning missed records");
    }

    @Test
    void theAnalystIsRefusedOnEveryOtherTopicAndMayNotWriteTheirOwn() {
        var others = Topics.all().stream().filter(topic -> !topic.equals(Topics.ANALYTICS)).toList();
        for (String topic : others) {
            assertRefusedToRead(login(KafkaPrincipals.ANALYST), topic);
        }
        var config = new HashMap<>(login(KafkaPrincipals.ANALYST).clientConfig());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var refused = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(Topics.ANALYTICS, "k", "{}")).get());
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
        }
    }

    @Test
    void thePseudonymiserCannotReadTheAuthoritysNotifications() {
        assertRefusedToRead(login(KafkaPrincipals.ANALYTICS_STREAM), Topics.AUTHORITY_NOTIFICATIONS);
        assertRefusedToRead(login(KafkaPrincipals.ANALYTICS_STREAM), Topics.CHILD_ACCESS);
    }

    private static void assertRefusedToRead(KafkaLogin login, String topic) {
        try (var consumer = new KafkaConsumer<>(login.clientConfig(), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(consumer.assignment());
            var refused = assertThrows(TopicAuthorizationException.class, () -> {
                for (int poll = 0; poll < 30; poll++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }, login.principal() + " read " + topic);
            assertEquals(Set.of(topic), refused.unauthorizedTopics(), login.principal());
        }
    }

    private KafkaLogin login(String principal) {
        return system.infrastructure().kafkaLogin(principal);
    }

    /** The child's keyed hash under the stack's demo key, as the pseudonymiser makes it. */
    private static String hash(String childId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(DemoAnalyticsKey.BASE64), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(childId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
