package dk.rodtraad.chassis.audit;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.access.ChildAccessEvents;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.rodtraad.testkit.access.ChildAccessEvents.professionalGranted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With rodtraad.audit.publish=true, every audit entry about a child also goes out as child-data-used.v1: a use, and
 * each refused attempt.
 */
@QuarkusTest
class AuditEventsTest {


    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aReadGoesOutPseudonymouslyInTheSameTransactionAsItsEntry() throws Throwable {
        UUID child = UUID.randomUUID();
        new ChildAccessEvents(RealInfrastructure.kafkaAdmin())
                .send(professionalGranted(child, "hanne", "sundhedsplejerske", "sagsopretter"));
        // The attempts before the grant reached the replica are refused, and go out as such; then the one read.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/children/{id}/timeline", child).then().statusCode(200));

        List<OutboxEvent> events = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent
                .<OutboxEvent>list("subjectId = ?1 and eventType = ?2 order by id", child,
                        EventType.CHILD_DATA_USED_V1.type())));
        var refusals = events.subList(0, events.size() - 1);
        assertTrue(refusals.stream().allMatch(refused -> refused.payload.contains("\"action\":\"REFUSED\"")
                && refused.payload.contains("\"status\":404")), "only refusals before the read: " + refusals);
        var event = events.getLast();
        assertEquals(Topics.AUDIT, event.topic);
        assertTrue(event.payload.contains("\"action\":\"READ\""), event.payload);
        assertTrue(event.payload.contains("\"purpose\":\"Barnets tidslinje vist\""), event.payload);
        assertTrue(event.payload.contains("\"service\":\"chassis-test\""), event.payload);
        assertTrue(event.payload.contains("\"role\":\"fagperson\""), event.payload);
        assertTrue(event.payload.contains("\"status\":200"), event.payload);
        assertFalse(event.payload.contains("hanne"), "no username in the event: " + event.payload);
        assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));

        AuditEntry entry = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> AuditEntry
                .<AuditEntry>find("childId = ?1 and action = ?2", child, AuditEntry.Action.READ).singleResult()));
        assertEquals(200, entry.status);
        assertEquals("hanne", entry.username);
    }
}
