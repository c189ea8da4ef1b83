package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.time.StoredTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Publishes stored outbox events to Kafka as CloudEvents (binary mode) and marks them sent once the broker has
 * acknowledged them (idempotent producer, {@code acks=all}, see the {@code outbox} channel's configuration).
 *
 * <p>Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several instances of a service can relay side by side.
 * If Kafka is away, the sends fail or time out, the transaction rolls back, and the same rows go out on a later
 * tick: delivery is at least once, and consumers drop duplicates by event id (see {@code Inbox}).
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";

    private static final String NEXT_BATCH = """
            select * from outbox_event where sent_at is null order by id limit :limit for update skip locked""";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxMetrics metrics;
    private final URI source;
    private final int batchSize;
    private final StoredTime time;
    private final DatabaseOutage outage;

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxMetrics metrics, DatabaseOutage outage,
            @ConfigProperty(name = "rodtraad.service.name") String serviceName,
            @ConfigProperty(name = "rodtraad.outbox.batch-size", defaultValue = "200") int batchSize, StoredTime time) {
        this.time = time;
        this.outage = outage;
        this.emitter = emitter;
        this.metrics = metrics;
        this.source = URI.create("/rodtraad/" + serviceName);
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${rodtraad.outbox.relay-interval:1s}", delayed = "${rodtraad.outbox.relay-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return Panache.withTransaction(() -> nextBatch().chain(this::publishAll))
                .onFailure().invoke(this::retryLater)
                .onFailure().recoverWithNull()
                .chain(metrics::refresh);
    }

    /** The database away is told once per outage ({@link DatabaseOutage}); Kafka away, at every round. */
    private void retryLater(Throwable failure) {
        if (TransientFailure.is(failure)) {
            outage.noticed(failure);
        } else {
            LOG.warnf("Outbox relay will retry: %s", failure.getMessage());
        }
    }

    private Uni<List<OutboxEvent>> nextBatch() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery(NEXT_BATCH, OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList());
    }

    private Uni<Void> publishAll(List<OutboxEvent> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var sends = batch.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast()
                .chain(() -> markSent(batch));
    }

    private Uni<Void> send(OutboxEvent event) {
        var cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(source)
                .withSubject(event.subjectId.toString())
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        var record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.subjectId.toString())
                .build();
        return emitter.sendMessage(Message.of(event.payload, Metadata.of(cloudEvent, record)));
    }

    private Uni<Void> markSent(List<OutboxEvent> batch) {
        var ids = batch.stream().map(e -> e.id).toList();
        return OutboxEvent.update("sentAt = ?1 where id in ?2", time.now(), ids).replaceWithVoid();
    }
}
