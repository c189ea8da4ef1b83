package dk.rodtraad.concern.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** concern-service keeps its own copy of every published shared language, from catalogue-service's events. */
@QuarkusTest
@TestSecurity(user = "hanne", roles = "fagperson")
class SharedLanguageCopyTest {

    private static final UUID LANGUAGE = UUID.nameUUIDFromBytes("rodtraad:shared-language".getBytes());
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Version 3 comes after a version that breaks its schema and an unknown version of the event (both of them
     * dead-lettered, so neither holds it up), and carries fields this service does not know, at the top and deep
     * inside: it is applied all the same, as consumers ignore unknown fields.
     */
    @Test
    void keepsTheNewestPublishedVersionIgnoresOtherEventsAndUnknownFieldsAndDeadLettersABrokenOne() throws Exception {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        publish(kafka, version(1, "isolerer-sig"));
        publish(kafka, version(2, "mobning"));
        // Another catalogue event passes by; a repeat of version 1 changes nothing.
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(), "dk.rodtraad.catalogue.something-else.v1",
                LANGUAGE, Instant.now(), "{}");
        publish(kafka, version(1, "isolerer-sig"));
        UUID broken = UUID.randomUUID();
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, broken, EventType.TAXONOMY_PUBLISHED_V1.type(), LANGUAGE,
                Instant.now(), "{\"version\": \"to\"}");
        UUID unknownVersion = UUID.randomUUID();
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, unknownVersion, "dk.rodtraad.catalogue.taxonomy-published.v2",
                LANGUAGE, Instant.now(), JSON.writeValueAsString(version(9, "ukendt")));
        var withFieldsAddedLater = (ObjectNode) JSON.valueToTree(version(3, "trist"));
        withFieldsAddedLater.put("region", "Region Syddanmark");
        ((ObjectNode) withFieldsAddedLater.at("/groups/0/signs/0")).put("icon", "trist.svg");
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(), EventType.TAXONOMY_PUBLISHED_V1.type(),
                LANGUAGE, Instant.now(), withFieldsAddedLater.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/shared-language/current")
                .then().statusCode(200)
                .body("version", equalTo(3))
                .body("groups[0].signs[0].code", equalTo("trist"))
                .body("scale.code", equalTo(List.of("green", "yellow", "red"))));

        String reason = header(kafka.await(Topics.deadLetter("concern-service"),
                r -> broken.toString().equals(header(r, "ce_id")), Duration.ofSeconds(30)), "dead-letter-reason");
        assertTrue(reason.startsWith("dk.rodtraad.catalogue.taxonomy-published.v1 does not satisfy its schema: ")
                && reason.contains("/version: string found, integer expected")
                && reason.contains("required property 'groups' not found"), reason);
        assertEquals("Unknown version dk.rodtraad.catalogue.taxonomy-published.v2: this consumer reads "
                + "dk.rodtraad.catalogue.taxonomy-published.v1", header(kafka.await(Topics.deadLetter("concern-service"),
                r -> unknownVersion.toString().equals(header(r, "ce_id")), Duration.ofSeconds(30)), "dead-letter-reason"));
    }

    private static void publish(KafkaTestClient kafka, TaxonomyPublishedV1 version) throws Exception {
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(), EventType.TAXONOMY_PUBLISHED_V1.type(),
                LANGUAGE, version.publishedAt(), JSON.writeValueAsString(version));
    }

    private static TaxonomyPublishedV1 version(int number, String signCode) {
        return new TaxonomyPublishedV1(LANGUAGE, number, Instant.parse("2026-11-0" + number + "T08:00:00Z"),
                List.of(new TaxonomyPublishedV1.SignGroup("gruppe", "Gruppe", List.of(
                        new TaxonomyPublishedV1.Sign(signCode, "Tegn", "Et tegn.", 0, 18)))),
                List.of(new TaxonomyPublishedV1.ScaleLevel("green", "Grøn", "Trives", "Fortsæt."),
                        new TaxonomyPublishedV1.ScaleLevel("yellow", "Gul", "Øget opmærksomhed", "Tal med forældrene."),
                        new TaxonomyPublishedV1.ScaleLevel("red", "Rød", "Alvorlig bekymring", "Overvej underretning.")),
                new TaxonomyPublishedV1.AcuteFlag("Akut", "Underret straks."));
    }
}
