package dk.rodtraad.networkmeeting;

import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.ask;
import static dk.rodtraad.testkit.access.ChildAccessEvents.tovholderAssigned;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chassis's replicas this service keeps, under its own Kafka login: the catalogue's interventions, so an
 * agreement names a published one and a civil-society participant may be linked to one, and who each child's
 * tovholder is, to show them and to list what is overdue for them.
 */
@QuarkusTest
class NetworkMeetingReplicasTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    PublishedInterventions interventions;

    @Inject
    Tovholders tovholders;

    @Test
    void theCataloguesCivilSocietyEffortsArriveInTheCopy() {
        UUID visitingFriend = UUID.randomUUID();
        var published = new InterventionV1(visitingFriend, "besoegsven-" + visitingFriend, 2, "offentliggjort",
                "Besøgsven fra Røde Kors", "En frivillig, der kommer på besøg.", 6, 17, List.of("ensomhed"),
                Intervention.CIVIL_SOCIETY, "primaer", 1, "Røde Kors", "civilsamfund", "Barnets lov § 30", null,
                "lokal-praksis", "familie-selv", 0, Instant.parse("2026-11-26T08:00:00Z"));
        new KafkaTestClient(RealInfrastructure.kafkaAdmin()).sendCloudEvent(Topics.CATALOGUE_EVENTS, UUID.randomUUID(),
                EventType.INTERVENTION_PUBLISHED_V1.type(), visitingFriend, published.changedAt(),
                EventSchemas.validJson(EventType.INTERVENTION_PUBLISHED_V1, published));

        await().atMost(PATIENCE).until(() -> ask(() -> interventions.offered(Intervention.CIVIL_SOCIETY)).stream()
                .anyMatch(intervention -> intervention.id().equals(visitingFriend)));
    }

    @Test
    void theTovholderConcernServiceNamedIsKnown() {
        UUID child = UUID.randomUUID();
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin()).send(tovholderAssigned(child, "lise", "laerer",
                Instant.now().truncatedTo(ChronoUnit.MICROS)));

        await().atMost(PATIENCE).until(() -> ask(() -> tovholders.of(child)).isPresent());
        assertEquals(Optional.of(new Tovholders.Tovholder("lise", "laerer")), ask(() -> tovholders.of(child)));
    }
}
