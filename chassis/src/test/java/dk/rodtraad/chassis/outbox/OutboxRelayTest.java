package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.OnVertx;
import dk.rodtraad.testkit.kafka.KafkaTestClient;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.concern.ConcernRaisedV1;
import dk.rodtraad.testkit.contracts.EventSchemas;
import dk.rodtraad.testkit.quarkus.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dk.rodtraad.testkit.kafka.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class OutboxRelayTest {
    /** Prometheus's metrics, on the management interface (ADR 0036). */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    Outbox outbox;


    @Test
    void publishesStoredEventAsCloudEventKeyedByTheChild() throws Throwable {
        UUID child = UUID.randomUUID();
        var payload = new ConcernRaisedV1(UUID.randomUUID(), child, "yellow", "skole", LocalDate.of(2026, 11, 20),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        UUID eventId = VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> outbox.publish(EventType.CONCERN_RAISED_V1, child, payload)));

        var record = new KafkaTestClient(RealInfrastructure.kafkaAdmin()).await(Topics.CONCERN_EVENTS,
                r -> eventId.toString().equals(header(r, "ce_id")), Duration.ofSeconds(30));
        assertEquals(child.toString(), record.key());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("dk.rodtraad.concern.raised.v1", header(record, "ce_type"));
        assertEquals("/rodtraad/chassis-test", header(record, "ce_source"));
        assertEquals(child.toString(), header(record, "ce_subject"));
        assertNotNull(header(record, "ce_time"));
        assertEquals("https://rodtraad.dk/schemas/dk.rodtraad.concern.raised.v1.schema.json",
                header(record, "ce_dataschema"), "the published id of the type's schema");
        assertEquals(List.of("application/json"), headers(record, "content-type"), "the content type, once");
        assertEquals(List.of(), headers(record, "ce_datacontenttype"),
                "no second content type: the Kafka binding maps datacontenttype to content-type");
        assertEquals(List.of(), EventSchemas.validate(EventType.CONCERN_RAISED_V1.type(), record.value()));
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(eventId) != null);
    }

    @Test
    void storesNoEventWhenTheTransactionRollsBack() throws Throwable {
        UUID child = UUID.randomUUID();
        var payload = new ConcernRaisedV1(UUID.randomUUID(), child, "red", "hjemmet", LocalDate.of(2026, 11, 1),
                Instant.now());

        assertThrows(IllegalStateException.class, () -> VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(() -> outbox.publish(EventType.CONCERN_RAISED_V1, child, payload)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the state change failed"))))));

        long stored = VertxContextSupport.subscribeAndAwait(() ->
                Panache.withSession(() -> OutboxEvent.count("subjectId", child)));
        assertEquals(0, stored);
    }

    @Test
    void exposesTheBacklogAsMetrics() {
        given().when().get(metrics).then().statusCode(200)
                .body(containsString("rodtraad_outbox_unsent"))
                .body(containsString("rodtraad_outbox_oldest_unsent_age_seconds"));
    }

    private static List<String> headers(ConsumerRecord<String, String> record, String name) {
        return StreamSupport.stream(record.headers().headers(name).spliterator(), false)
                .map(header -> new String(header.value(), StandardCharsets.UTF_8)).toList();
    }

    private static Instant sentAt(UUID eventId) throws Exception {
        return OnVertx.await(() -> Panache.withSession(() ->
                OutboxEvent.<OutboxEvent>find("eventId", eventId).firstResult().map(e -> e.sentAt)));
    }
}
