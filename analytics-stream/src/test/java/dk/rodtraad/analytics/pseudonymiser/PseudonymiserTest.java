package dk.rodtraad.analytics.pseudonymiser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.ExamplePayloads;
import dk.rodtraad.contracts.analytics.AnalyticsRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapping of each domain event to its analysts' record, on the contracts' example of every type. */
class PseudonymiserTest {

    static final ChildKey KEY = new ChildKey("a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8), "test-1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "2026-11-24T09:15:00.123+01:00";

    private final Pseudonymiser pseudonymiser = new Pseudonymiser(KEY, ZoneId.of("Europe/Copenhagen"));
    private final SmallNumbers rule = SmallNumbersTest.counting();

    static List<EventType> sources() {
        return AnalyticsRecords.sources();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void everyDomainEventBecomesARecordWithTheWeekAndTheKeyedHashAndNoneOfTheServicesIdsOrDates(EventType type)
            throws Exception {
        UUID child = UUID.randomUUID();
        String example = ExamplePayloads.json(type);
        var record = pseudonymiser.recordOf(type.type(), TIME, child.toString(),
                        example.getBytes(StandardCharsets.UTF_8), rule)
                .orElseThrow(() -> new AssertionError(type.type() + " became no record"));
        JsonNode value = JSON.readTree(record.value());

        assertEquals(AnalyticsRecords.recordTypeOf(type).orElseThrow(), value.path("type").asText());
        assertEquals("2026-W48", value.path("week").asText());
        if (AnalyticsRecords.aboutAChild(type)) {
            assertEquals(KEY.hash(child), value.path("child").asText());
            assertEquals(KEY.hash(child), record.key());
            assertEquals("test-1", value.path("keyId").asText());
        }
        assertFalse(record.value().contains(child.toString()), record.value());
        JsonNode source = JSON.readTree(example);
        source.properties().forEach(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().matches("[0-9a-f-]{36}|\\d{4}-\\d{2}-\\d{2}.*")
                    && !field.getKey().equals("interventionId")) {
                assertFalse(record.value().contains(field.getValue().asText()),
                        type.type() + " leaks " + field.getKey() + ": " + record.value());
            }
        });
    }

    @Test
    void aConcernKeepsItsAgeBandLevelSignsAndSettingAndNothingElseOfTheSource() throws Exception {
        String child = UUID.randomUUID().toString();
        var record = pseudonymiser.recordOf(EventType.CONCERN_RAISED_V2.type(), TIME, child,
                ExamplePayloads.json(EventType.CONCERN_RAISED_V2).getBytes(StandardCharsets.UTF_8), rule).orElseThrow();
        var fields = new ArrayList<String>();
        JSON.readTree(record.value()).fieldNames().forEachRemaining(fields::add);
        // The district and unit are the small-numbers rule's: one child is too few to show them.
        assertEquals(List.of("type", "week", "child", "keyId", "ageBand", "level", "acute", "signs", "taxonomyVersion",
                "setting"), fields);
    }

    @Test
    void aFieldWhoseValueBreaksItsSchemaStopsTheRecordSoNoTextSlipsThroughAnEnum() {
        String withAName = "{\"concernId\":\"" + UUID.randomUUID() + "\",\"childId\":\"" + UUID.randomUUID()
                + "\",\"level\":\"Alma Systemtest\",\"setting\":\"skole\",\"observedOn\":\"2026-11-20\","
                + "\"raisedAt\":\"2026-11-24T08:15:00Z\"}";
        assertTrue(pseudonymiser.recordOf(EventType.CONCERN_RAISED_V1.type(), TIME, UUID.randomUUID().toString(),
                withAName.getBytes(StandardCharsets.UTF_8), rule).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"NOTIFICATION_RECEIVED_V1", "CHILD_ACCESS_GRANTED_V1",
            "CHILD_DATA_USED_V1", "TAXONOMY_PUBLISHED_V1", "INTERVENTION_RESULTS_V1"})
    void anEventThatIsNotADomainEventForAnalystsBecomesNoRecord(EventType type) {
        assertTrue(pseudonymiser.recordOf(type.type(), TIME, UUID.randomUUID().toString(),
                ExamplePayloads.json(type).getBytes(StandardCharsets.UTF_8), rule).isEmpty());
    }

    @Test
    void anUnreadableEventBecomesNoRecord() {
        String subject = UUID.randomUUID().toString();
        byte[] data = ExamplePayloads.json(EventType.CONCERN_RAISED_V2).getBytes(StandardCharsets.UTF_8);
        String type = EventType.CONCERN_RAISED_V2.type();
        assertTrue(pseudonymiser.recordOf(null, TIME, subject, data, rule).isEmpty());
        assertTrue(pseudonymiser.recordOf(type, null, subject, data, rule).isEmpty());
        assertTrue(pseudonymiser.recordOf(type, "24-11-2026", subject, data, rule).isEmpty());
        assertTrue(pseudonymiser.recordOf(type, TIME, "Alma", data, rule).isEmpty());
        assertTrue(pseudonymiser.recordOf(type, TIME, subject, "not json".getBytes(StandardCharsets.UTF_8), rule).isEmpty());
        assertTrue(pseudonymiser.recordOf(type, TIME, subject, "[1]".getBytes(StandardCharsets.UTF_8), rule).isEmpty());
    }

    @Test
    void theWeekIsTheIsoWeekInTheMunicipalitysTimeZone() {
        var copenhagen = ZoneId.of("Europe/Copenhagen");
        // Sunday 23:30 UTC is Monday 00:30 in Copenhagen: the new week.
        assertEquals("2026-W49", IsoWeek.of(Instant.parse("2026-11-29T23:30:00Z"), copenhagen));
        // 1 January 2027 is a Friday: it belongs to the last ISO week of 2026.
        assertEquals("2026-W53", IsoWeek.of(Instant.parse("2027-01-01T12:00:00Z"), copenhagen));
    }
}
