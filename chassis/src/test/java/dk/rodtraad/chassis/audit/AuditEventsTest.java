package dk.rodtraad.chassis.audit;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.testkit.contracts.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With rodtraad.audit.publish=true, every audit entry about a child also goes out as child-data-used.v1. */
@QuarkusTest
class AuditEventsTest {

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void aReadGoesOutPseudonymouslyInTheSameTransactionAsItsEntry() throws Throwable {
        UUID child = UUID.randomUUID();

        given().when().get("/children/{id}/timeline", child).then().statusCode(200);

        List<OutboxEvent> events = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent
                .<OutboxEvent>list("subjectId = ?1 and eventType = ?2", child, EventType.CHILD_DATA_USED_V1.type())));
        assertEquals(1, events.size());
        var event = events.getFirst();
        assertEquals(Topics.AUDIT, event.topic);
        assertTrue(event.payload.contains("\"action\":\"READ\""), event.payload);
        assertTrue(event.payload.contains("\"purpose\":\"Barnets tidslinje vist\""), event.payload);
        assertTrue(event.payload.contains("\"service\":\"chassis-test\""), event.payload);
        assertTrue(event.payload.contains("\"role\":\"fagperson\""), event.payload);
        assertTrue(event.payload.contains("\"status\":200"), event.payload);
        assertFalse(event.payload.contains("hanne"), "no username in the event: " + event.payload);
        assertEquals(List.of(), EventSchemas.validate(event.eventType, event.payload));

        AuditEntry entry = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> AuditEntry
                .<AuditEntry>find("childId", child).singleResult()));
        assertEquals(200, entry.status);
        assertEquals("hanne", entry.username);
    }
}
