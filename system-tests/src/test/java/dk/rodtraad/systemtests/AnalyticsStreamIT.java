package dk.rodtraad.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.DemoAnalyticsKey;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.KafkaLogin;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' stream on the running system (docs/analytics.md): the pseudonymiser, a Kafka Streams application
 * under its own principal, turns the journeys' events into records that the analyst reads from the beginning, and
 * nothing on the topic names a child, dates an event or tells its story. (That the analyst reads that topic and no
 * other, and the pseudonymiser no restricted one: testkit's LockedEventBusTest, on a real broker.)
 */
class AnalyticsStreamIT {

    /** A CPR number, with or without its hyphen, anywhere in a text. */
    private static final Pattern CPR = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    /** An exact date or moment (2026-11-24, 2026-11-24T09:15): the records carry ISO weeks only. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern HASH_OR_UUID =
            Pattern.compile("[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TheSystem system = TheSystem.shared();

    @Test
    void theAnalystReadsEveryJourneysRecordFromTheBeginningAgainAndNothingThatNamesDatesOrTellsAboutAChild() {
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
                    .map(record -> json(record.value()).path("type").asText()).toList();
            assertTrue(types.containsAll(List.of("dk.rodtraad.analytics.concern.raised.v2",
                    "dk.rodtraad.analytics.concern.notified.v1")), types.toString());
        });

        // What must never reach the analysts: every child's id on the services' topics, and every name and free text
        // of the underretninger (a text with a space in it: the codes beside them, e.g. the ground, may travel).
        var childIds = new HashSet<String>();
        system.kafka().readAll(Topics.ANALYTICS_SOURCES, Duration.ofSeconds(30), 1).forEach(event -> {
            if (event.header("ce_subject") != null) {
                childIds.add(event.header("ce_subject"));
            }
        });
        assertTrue(childIds.contains(childId));
        var freeTexts = new HashSet<String>();
        system.kafka().readAll(List.of(Topics.AUTHORITY_NOTIFICATIONS), Duration.ofSeconds(30), 1)
                .forEach(notification -> texts(json(notification.value()), freeTexts));
        assertTrue(freeTexts.containsAll(List.of(story, TheSystem.CHILD_NAME)), freeTexts.toString());
        freeTexts.addAll(List.of(cpr, cpr.replace("-", "")));
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

        // A replay: another consumer group from the beginning reads every record again.
        var again = analyst.readAll(List.of(Topics.ANALYTICS), Duration.ofSeconds(30), records.get().size());
        assertTrue(again.containsAll(records.get()), "a second group from the beginning missed records");
    }

    /** Every text with a space in it, anywhere in the tree. */
    private static void texts(JsonNode node, Set<String> into) {
        if (node.isTextual() && node.asText().contains(" ")) {
            into.add(node.asText());
        }
        node.forEach(child -> texts(child, into));
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + value, e);
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
