package dk.rodtraad.networkmeeting;

import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.ask;
import static dk.rodtraad.testkit.access.ChildAccessEvents.tovholderAssigned;
import static org.awaitility.Awaitility.await;
import static dk.rodtraad.networkmeeting.OfferedInterventions.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        UUID visitingFriend = offered(interventions, "Besøgsven fra Røde Kors", Intervention.CIVIL_SOCIETY);

        assertTrue(ask(() -> interventions.offered(Intervention.CIVIL_SOCIETY)).stream()
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
