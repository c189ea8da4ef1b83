package dk.rodtraad.networkmeeting;

import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.ask;
import static org.awaitility.Awaitility.await;

/**
 * Interventions the catalogue offers, as catalogue-service announces them on Kafka: a test that names one waits until
 * this service's replica has it, as a real referral would.
 */
public final class OfferedInterventions {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OfferedInterventions() {
    }

    /** A published intervention of the given type (e.g. {@link Intervention#CIVIL_SOCIETY}), once the copy holds it. */
    public static UUID offered(PublishedInterventions replica, String name, String type) {
        UUID id = UUID.randomUUID();
        var published = new InterventionV1(id, "test-" + id, 2, "offentliggjort", name,
                "En indsats, som kataloget tilbyder.", 6, 17, List.of("ensomhed"), type, "primaer", 1, "Røde Kors",
                "civilsamfund", "Barnets lov § 30", null, "lokal-praksis", "familie-selv", 0,
                Instant.parse("2026-11-26T08:00:00Z"));
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(),
                EventType.INTERVENTION_PUBLISHED_V1.type(), id, published.changedAt(),
                EventSchemas.validJson(EventType.INTERVENTION_PUBLISHED_V1, published));
        await().atMost(PATIENCE).until(() -> ask(() -> replica.isOffered(id)));
        return id;
    }
}
