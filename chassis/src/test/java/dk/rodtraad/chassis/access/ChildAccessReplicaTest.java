package dk.rodtraad.chassis.access;

import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.authorityGranted;
import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static dk.rodtraad.testkit.access.ChildAccessEvents.revoked;
import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replica of who may see which child, and the rule that decides from it, through the timeline's guard. */
@QuarkusTest
class ChildAccessReplicaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);


    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aGrantShowsTheChildARedeliveryChangesNothingARevocationEndsItAndARegrantRestoresIt() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        timeline(child).statusCode(404).body("detail", equalTo("Barnet findes ikke"));

        var first = events.send(professionalGranted(child, "hanne", "sundhedsplejerske", "sagsopretter"));
        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(200));

        events.send(professionalGranted(child, "hanne", "sundhedsplejerske", "samtykke"));
        events.send(first);
        // Same key, same partition: once Peter's grant is applied, everything sent before it has been seen.
        events.send(professionalGranted(child, "peter", "paedagog", "samtykke"));
        await().atMost(PATIENCE).until(() -> grants(child).size() == 2);
        var hanne = grants(child).stream().filter(grant -> "hanne".equals(grant.username)).toList();
        assertEquals(1, hanne.size(), "one row per child, audience and username");
        assertEquals("samtykke", hanne.getFirst().basis, "the redelivered first grant was not applied again");
        assertEquals("sundhedsplejerske", hanne.getFirst().discipline);

        events.send(revoked(child, "hanne"));
        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(404));
        assertEquals(List.of("peter"), grants(child).stream().map(grant -> grant.username).toList(),
                "a revocation ends only that professional's access");

        events.send(professionalGranted(child, "hanne", "sundhedsplejerske", "samtykke"));
        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(200));
    }

    @Test
    @TestSecurity(user = "mette", roles = "myndighed")
    void theAuthoritySeesAChildOnlyOnceItIsGrantedAsAWhole() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        events.send(professionalGranted(child, "mette", "sundhedsplejerske", "samtykke"));
        await().atMost(PATIENCE).until(() -> grants(child).size() == 1);
        timeline(child).statusCode(404);

        events.send(authorityGranted(child));
        await().atMost(PATIENCE).untilAsserted(() -> timeline(child).statusCode(200));
        var authority = grants(child).stream().filter(grant -> grant.username == null).toList();
        assertEquals(1, authority.size());
        assertEquals("myndighed", authority.getFirst().audience);
        assertEquals("underretning", authority.getFirst().basis);
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void theAuthoritysGrantIsNotAProfessionalsGrant() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        events.send(authorityGranted(child));
        events.send(authorityGranted(child));
        await().atMost(PATIENCE).until(() -> !grants(child).isEmpty());

        timeline(child).statusCode(404);
        assertEquals(1, grants(child).size(), "one authority row per child, however often it is granted");
    }

    @Test
    @TestSecurity(user = "anders", roles = "analytiker")
    void noOtherRoleSeesAChildWhateverIsGranted() {
        var events = new ChildAccessEvents(RealInfrastructure.kafkaAdmin());
        UUID child = UUID.randomUUID();
        events.send(professionalGranted(child, "anders", "laerer", "samtykke"));
        events.send(authorityGranted(child));
        await().atMost(PATIENCE).until(() -> grants(child).size() == 2);

        timeline(child).statusCode(403);
    }

    @Test
    void aGrantForAnotherChildThanItsSubjectIsDeadLettered() {
        var kafka = new KafkaTestClient(RealInfrastructure.kafkaAdmin());
        UUID subject = UUID.randomUUID();
        String payload = professionalGranted(UUID.randomUUID(), "hanne", "laerer", "samtykke").data();

        kafka.sendCloudEvent(Topics.CHILD_ACCESS, UUID.randomUUID(), EventType.CHILD_ACCESS_GRANTED_V1.type(),
                "/rodtraad/concern-service", subject, Instant.now(), payload);

        var dead = kafka.await(Topics.deadLetter("chassis-test"), record -> payload.equals(record.value()), PATIENCE);
        assertTrue(header(dead, "dead-letter-reason").contains("is not the subject " + subject));
    }

    private static ValidatableResponse timeline(UUID child) {
        return given().when().get("/children/{id}/timeline", child).then();
    }

    private static List<ChildAccessGrant> grants(UUID child) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                    ChildAccessGrant.<ChildAccessGrant>list("childId", child)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
