package dk.rodtraad.followup.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The intervention results on the real Kafka: published through the outbox on {@code rodtraad.followup.results},
 * keyed by the intervention, valid by its schema, with the figures worked out by hand and no number for a small group;
 * sent again only when they change.
 */
@QuarkusTest
class ResultsPublisherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ResultsPublisher publisher;

    @Inject
    ObjectMapper json;

    @Test
    void anInterventionsResultsArePublishedOnceAndAgainWhenTheyChange() throws Throwable {
        UUID intervention = SixChildren.write();

        publish();
        ConsumerRecord<String, String> first = awaitResults(intervention, null);
        assertEquals(List.of(), EventSchemas.validate(EventType.INTERVENTION_RESULTS_V1.type(), first.value()));
        JsonNode results = json.readTree(first.value());
        assertEquals(5, results.get("minimumGroupSize").asInt());
        JsonNode total = results.get("total");
        assertEquals("i-alt", total.get("group").asText());
        assertEquals(figure("paalidelig-bedring", "vist", 5, "60.0"), total.get("figures").get(2));
        assertEquals(figure("gennemsnitlig-forandring", "vist", 5, "4.3"), total.get("figures").get(4));
        JsonNode teenagers = results.get("byAgeGroup").get(3);
        assertEquals("13-17", teenagers.get("group").asText());
        assertEquals(figure("planer-startet", "for-faa", null, null), teenagers.get("figures").get(0));
        assertFalse(first.value().contains("childId"), "no child in the results");

        publish();
        assertEquals(1, outboxRows(intervention), "unchanged results are not sent again");

        PlanRows.write(rows -> rows.plan(intervention, "GENNEMFOERT", List.of("10.0", "20.0"), List.of("39.0"),
                List.of("NAAET")));
        publish();
        assertEquals(2, outboxRows(intervention), "a seventh child changes the results");
        ConsumerRecord<String, String> second = awaitResults(intervention, first.offset());
        assertEquals("7", json.readTree(second.value()).get("total").get("figures").get(0).get("value").asText());
    }

    private void publish() throws Throwable {
        VertxContextSupport.subscribeAndAwait(publisher::publishChanged);
    }

    /** The next results of the intervention on the topic after the given offset (null: any). */
    private static ConsumerRecord<String, String> awaitResults(UUID intervention, Long after) {
        ConsumerRecord<String, String> record = new KafkaTestClient(RealInfrastructure.kafkaAdmin())
                .await(Topics.FOLLOWUP_RESULTS, candidate -> intervention.toString().equals(candidate.key())
                        && (after == null || candidate.offset() > after), PATIENCE);
        assertEquals(EventType.INTERVENTION_RESULTS_V1.type(), KafkaTestClient.header(record, "ce_type"));
        return record;
    }

    private JsonNode figure(String measure, String visibility, Integer children, String value) throws Exception {
        return json.readTree("{\"measure\":\"" + measure + "\",\"visibility\":\"" + visibility + "\",\"children\":"
                + children + ",\"value\":" + value + "}");
    }

    private static long outboxRows(UUID intervention) throws Exception {
        long[] count = new long[1];
        PlanRows.write(rows -> count[0] = rows.count("select count(*) from outbox_event where subject_id = ? "
                + "and topic = '" + Topics.FOLLOWUP_RESULTS + "'", intervention));
        return count[0];
    }
}
