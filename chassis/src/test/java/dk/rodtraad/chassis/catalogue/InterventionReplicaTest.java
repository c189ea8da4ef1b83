package dk.rodtraad.chassis.catalogue;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.InterventionV1;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dk.rodtraad.chassis.ReplicaState.applied;
import static dk.rodtraad.chassis.ReplicaState.ask;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copy of the catalogue's interventions, and the questions a service asks it. */
@QuarkusTest
class InterventionReplicaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONSUMER = "interventions";

    @Inject
    PublishedInterventions interventions;

    @Test
    void offersWhatIsPublishedByNameAndByTypeAndKnowsWhatNoLongerIs() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID volunteers = UUID.randomUUID(), coolKids = UUID.randomUUID(), homework = UUID.randomUUID();
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1,
                intervention(volunteers, 2, "offentliggjort", "Besøgsven " + run, Intervention.CIVIL_SOCIETY));
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1,
                intervention(coolKids, 2, "offentliggjort", "Angstgruppe " + run, "netvaerksgruppe"));
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1,
                intervention(homework, 2, "offentliggjort", "Lektiecafé " + run, Intervention.CIVIL_SOCIETY));
        send(kafka, EventType.INTERVENTION_PAUSED_V1,
                intervention(homework, 3, "pause", "Lektiecafé " + run, Intervention.CIVIL_SOCIETY));

        await().atMost(PATIENCE).until(() -> ask(() -> interventions.find(homework))
                .map(found -> found.status().equals("pause")).orElse(false));
        assertEquals(List.of("Angstgruppe " + run, "Besøgsven " + run), names(ask(interventions::offered), run),
                "offered now, by name; the paused one is not");
        assertEquals(List.of("Besøgsven " + run), names(ask(() -> interventions.offered(Intervention.CIVIL_SOCIETY)), run),
                "civil society's efforts, for a network participant to be linked to");
        assertTrue(ask(() -> interventions.isOffered(volunteers)));
        assertFalse(ask(() -> interventions.isOffered(homework)), "paused: nothing new may name it");
        assertEquals("Lektiecafé " + run, ask(() -> interventions.find(homework)).orElseThrow().name(),
                "what named it earlier still has its name");
        assertFalse(ask(() -> interventions.isOffered(UUID.randomUUID())), "unknown to the copy");
        assertEquals(Optional.empty(), ask(() -> interventions.find(UUID.randomUUID())));
    }

    @Test
    void anOlderEventReplayedAfterANewerOneChangesNothing() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID id = UUID.randomUUID();
        send(kafka, EventType.INTERVENTION_PUBLISHED_V1, intervention(id, 2, "offentliggjort", "Fritidspas", "mellemform"));
        send(kafka, EventType.INTERVENTION_RETIRED_V1, intervention(id, 3, "udgaaet", "Fritidspas", "mellemform"));
        // The same first step again, as a new event (say, replayed from a dead-letter topic).
        UUID replay = send(kafka, EventType.INTERVENTION_PUBLISHED_V1,
                intervention(id, 2, "offentliggjort", "Fritidspas", "mellemform"));

        await().atMost(PATIENCE).until(() -> applied(CONSUMER, replay));
        var copy = ask(() -> interventions.find(id)).orElseThrow();
        assertEquals("udgaaet", copy.status());
        assertFalse(ask(() -> interventions.isOffered(id)));
    }

    private static UUID send(KafkaTestClient kafka, EventType type, InterventionV1 intervention) {
        UUID eventId = UUID.randomUUID();
        kafka.sendCloudEvent(Topics.CATALOGUE_EVENTS, eventId, type.type(), intervention.interventionId(),
                intervention.changedAt(), EventSchemas.validJson(type, intervention));
        return eventId;
    }

    private static InterventionV1 intervention(UUID id, int revision, String status, String name, String type) {
        return new InterventionV1(id, "kode-" + id, revision, status, name, "Kort beskrivelse.", 6, 12,
                List.of("angst"), type, "sekundaer", 2, "Fritid og kultur", "civilsamfund", "Barnets lov § 30", null,
                "lokal-praksis", "begge", 0, Instant.parse("2026-11-26T08:00:00Z").plusSeconds(revision));
    }

    /** The names of this run's interventions, in the order given (other tests share the copy). */
    private static List<String> names(List<Intervention> all, String run) {
        return all.stream().map(Intervention::name).filter(name -> name.endsWith(run)).toList();
    }
}
