package dk.rodtraad.followup.intervention;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** followup-service keeps its own copy of the catalogue's interventions, from catalogue-service's events. */
@QuarkusTest
@TestSecurity(user = "lise", roles = "fagperson")
class InterventionCopyTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);


    @Test
    void offersWhatIsPublishedFollowsChangesAndIgnoresAnOlderReplay() throws Exception {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID coolKids = UUID.randomUUID(), lektiecafe = UUID.randomUUID();
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1, intervention(coolKids, 2, "offentliggjort", "Cool Kids", 6));
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1, intervention(lektiecafe, 2, "offentliggjort", "Lektiecafé", 0));
        send(kafka, EventType.INTERVENTION_CHANGED_V1, intervention(coolKids, 3, "offentliggjort", "Cool Kids", 10));
        send(kafka, EventType.INTERVENTION_PAUSED_V1, intervention(lektiecafe, 3, "pause", "Lektiecafé", 0));
        // A replay of Cool Kids' first event must not bring back the old waiting time.
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1, intervention(coolKids, 2, "offentliggjort", "Cool Kids", 6));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/interventions").then()
                .statusCode(200)
                .body("find { it.id == '" + coolKids + "' }.waitingWeeks", equalTo(10))
                .body("id", not(hasItem(lektiecafe.toString()))));
    }

    @Test
    void anIncompleteInterventionIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID broken = UUID.randomUUID(), after = UUID.randomUUID();
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, broken, EventType.INTERVENTION_PUBLISHED_V1.type(), broken,
                Instant.now(), "{\"interventionId\":\"" + broken + "\",\"status\":\"glemt\"}");
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1, intervention(after, 2, "offentliggjort", "Fritidspas", 0));

        var dead = kafka.await(Topics.deadLetter("followup-service"), r -> broken.toString().equals(header(r, "ce_id")),
                Duration.ofSeconds(30));
        String reason = header(dead, "dead-letter-reason");
        assertTrue(reason.startsWith("dk.rodtraad.catalogue.intervention-published.v1 does not satisfy its schema: ")
                && reason.contains("/status: does not have a value in the enumeration")
                && reason.contains("required property 'name' not found"), reason);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/interventions").then()
                .body("id", hasItem(after.toString())));
    }

    private static void send(KafkaTestClient kafka, EventType type, InterventionV1 intervention) throws Exception {
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(), type.type(), intervention.interventionId(),
                intervention.changedAt(), JSON.writeValueAsString(intervention));
    }

    private static InterventionV1 intervention(UUID id, int revision, String status, String name, int waitingWeeks) {
        return new InterventionV1(id, "kode-" + id, revision, status, name,
                "Kort beskrivelse.", 6, 12, List.of("angst"), "netvaerksgruppe", "sekundaer", 3, "PPR",
                "specialpaedagogik", "Barnets lov § 30", null, "dokumenteret", "henvisning", waitingWeeks,
                Instant.parse("2026-11-26T08:00:00Z").plusSeconds(revision));
    }
}
