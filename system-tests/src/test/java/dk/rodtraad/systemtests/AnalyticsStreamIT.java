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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private static final String RAISED = "dk.rodtraad.concern.raised.v2";

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
        // A read returns once it has reached the topic's end: asked again each second, not in a loop of logins.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            records.set(analyst.readAll(List.of(Topics.ANALYTICS), Duration.ofSeconds(30), 2));
            var types = records.get().stream().filter(record -> child.equals(record.key()))
                    .map(record -> json(record.value()).path("type").asText()).toList();
            assertTrue(types.containsAll(List.of("dk.rodtraad.analytics.concern.raised.v2",
                    "dk.rodtraad.analytics.concern.notified.v1")), types.toString());
        });

        // What must never reach the analysts: every child's id on the services' topics, and every name and free text
        // of the underretninger (a text with a space in it: the codes beside them, e.g. the ground, may travel).
        var childIds = new HashSet<String>();
        var raisedEvent = new AtomicReference<JsonNode>();
        system.kafka().readAll(Topics.ANALYTICS_SOURCES, Duration.ofSeconds(30), 1).forEach(event -> {
            // The catalogue's events are about interventions (their subject is the intervention's id, which records
            // of agreements and plans carry on purpose), every other source event is about a child.
            if (event.header("ce_subject") != null && !event.topic().equals(Topics.CATALOGUE_EVENTS)) {
                childIds.add(event.header("ce_subject"));
            }
            if (childId.equals(event.header("ce_subject")) && RAISED.equals(event.header("ce_type"))) {
                raisedEvent.set(json(event.value()));
            }
        });
        assertTrue(childIds.contains(childId));

        // The concern's event carries the child's age band on the day and the nurse's district and unit (her Keycloak
        // attributes); the record carries the age band, and the district and unit only in company: the small-numbers
        // rule (AnalyticsTopologyTest) shows them once five children share the week, age band, place and sign.
        String ageBand = ageBandOf(cpr);
        assertEquals(List.of(ageBand, "Nord", "Sundhedsplejen"), List.of(raisedEvent.get().path("ageBand").asText(),
                raisedEvent.get().path("district").asText(), raisedEvent.get().path("unit").asText()));
        JsonNode raisedRecord = records.get().stream().filter(record -> child.equals(record.key()))
                .map(record -> json(record.value()))
                .filter(record -> record.path("type").asText().equals("dk.rodtraad.analytics.concern.raised.v2"))
                .findFirst().orElseThrow();
        assertEquals(ageBand, raisedRecord.path("ageBand").asText(), raisedRecord.toString());
        assertEquals("Nord", raisedRecord.path("district").asText("Nord"), raisedRecord.toString());
        assertEquals("Sundhedsplejen", raisedRecord.path("unit").asText("Sundhedsplejen"), raisedRecord.toString());
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

    /** The age band of the child whose CPR number it is (born in the 2000s, as TheSystem's are), today. */
    private static String ageBandOf(String cpr) {
        var born = LocalDate.of(2000 + Integer.parseInt(cpr.substring(4, 6)), Integer.parseInt(cpr.substring(2, 4)),
                Integer.parseInt(cpr.substring(0, 2)));
        int years = Period.between(born, LocalDate.now(ZoneId.of("Europe/Copenhagen"))).getYears();
        return years <= 2 ? "0-2" : years <= 5 ? "3-5" : years <= 12 ? "6-12" : "13-17";
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
