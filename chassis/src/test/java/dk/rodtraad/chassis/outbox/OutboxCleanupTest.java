package dk.rodtraad.chassis.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OutboxCleanupTest {

    @Inject
    OutboxCleanup cleanup;

    @Test
    void deletesOnlyEventsSentBeforeTheCutOffNeverAnUnsentOne() throws Throwable {
        UUID subject = UUID.randomUUID();
        Instant now = Instant.now();
        Instant cutoff = now.minus(Duration.ofDays(30));
        store(subject, "sent-long-ago", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(40)));
        store(subject, "sent-lately", now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
        // Unsent and old: if the relay sends it during the test, it is sent now, so it must stay either way.
        store(subject, "never-sent", now.minus(Duration.ofDays(40)), null);

        VertxContextSupport.subscribeAndAwait(() -> cleanup.deleteSentBefore(cutoff));

        List<String> left = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent
                .<OutboxEvent>list("subjectId = ?1 order by id", subject)
                .map(events -> events.stream().map(event -> event.eventType).toList())));
        assertEquals(List.of("sent-lately", "never-sent"), left);
    }

    private static void store(UUID subject, String type, Instant createdAt, Instant sentAt) throws Throwable {
        var event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = type;
        event.topic = "rodtraad.cleanup-test";
        event.subjectId = subject;
        event.occurredAt = createdAt;
        event.payload = "{}";
        event.createdAt = createdAt;
        event.sentAt = sentAt;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(event::persist));
    }
}
