package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.outage.ServiceStop;
import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.persistence.HqlWarmUp;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes stored outbox events to Kafka as CloudEvents (binary mode) and marks them sent once the broker has
 * acknowledged them (idempotent producer, {@code acks=all}, see the {@code outbox} channel's configuration).
 *
 * <p>The relay drains when it is woken: by {@link OutboxCommits} the moment a transaction that wrote outbox events
 * commits, and by its own poll ({@code rodtraad.outbox.relay-interval}), which is only the safety net for a wake-up
 * missed while the listening connection was away. A drain takes batches until one comes back short, so a backlog
 * goes out at the producer's pace, not a batch per tick. Wake-ups during a drain are folded into one more round.
 *
 * <p>Each record carries its type's {@code dataschema} (the published id of its JSON Schema) and the data's content type
 * once, as the Kafka header {@code content-type}: the CloudEvents Kafka binding maps {@code datacontenttype} to that
 * header in binary mode. The relay sets the header itself because SmallRye, given a data content type, writes a
 * {@code ce_datacontenttype} header beside it; records sent before carry both, and consumers read them alike.
 *
 * <p>Several instances of a service relay one batch at a time ({@link #RELAY_LOCK}), so no row is sent by two relays
 * and a child's events leave in the order they were written; whichever instance is woken takes the next batch. If Kafka is away, the sends fail or time
 * out, the transaction rolls back, the drain stops and the rows go out on a later wake-up or poll: delivery is at
 * least once, and consumers drop duplicates by event id (see {@code Inbox}).
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    /** The advisory lock a relay holds for one batch ("rbox" in ASCII); each service has a database of its own. */
    static final long RELAY_LOCK = 0x0_7262_6f78L;
    /** The poll's identity in Quarkus's scheduler, e.g. to pause it. */
    public static final String POLL = "outbox-relay-poll";

    // The relay's queries are HQL, not native SQL, on purpose: Hibernate Reactive 3.2 plans every run of a native
    // select anew and caches each plan under the SQL's hash, so each round would add to a list it then searches
    // (ADR 0031).
    private static final String LOCK = "select function('pg_try_advisory_xact_lock', :lock)";
    private static final String NEXT_BATCH = "from OutboxEvent where sentAt is null order by id";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final RecordHeader JSON_CONTENT =
            new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8));

    private final MutinyEmitter<String> emitter;
    private final OutboxMetrics metrics;
    private final URI source;
    private final int batchSize;
    private final StoredTime time;
    private final Vertx vertx;
    private final DatabaseOutage outage;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wokenWhileDraining = new AtomicBoolean();

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxMetrics metrics, DatabaseOutage outage,
            @ConfigProperty(name = "rodtraad.service.name") String serviceName,
            @ConfigProperty(name = "rodtraad.outbox.batch-size", defaultValue = "1000") int batchSize,
            StoredTime time, Vertx vertx) {
        this.time = time;
        this.vertx = vertx;
        this.outage = outage;
        this.emitter = emitter;
        this.metrics = metrics;
        this.source = URI.create("/rodtraad/" + serviceName);
        this.batchSize = batchSize;
    }

    // Not before the application has started: on a loaded machine the first poll can come before the messaging
    // channels are wired, and creating the relay then fails (SRMSG00019) with an ERROR in the log.
    @Scheduled(identity = POLL, every = "${rodtraad.outbox.relay-interval:10s}",
            delayed = "${rodtraad.outbox.relay-delay:3s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    /**
     * The relay's round is the first query of most services: its queries are parsed at start, on a worker thread, so
     * that the first round does not load and warm Hibernate's HQL parser on the event loop ({@link HqlWarmUp}).
     */
    void parseQueriesAtStart(@Observes StartupEvent started, HqlWarmUp warmUp) {
        warmUp.parseSoon(Map.of(LOCK, Boolean.class, NEXT_BATCH, OutboxEvent.class));
    }

    /**
     * Drains the outbox now, or, if a drain is running, has it go round once more: a row committed after that drain
     * read its last batch is not missed. Returns at once; the drain runs on a Vert.x context of its own.
     */
    public void wake() {
        if (ServiceStop.underway()) {
            return;
        }
        wokenWhileDraining.set(true);
        if (draining.compareAndSet(false, true)) {
            // A context of its own, marked safe for Hibernate Reactive's session, whichever thread woke the relay
            // (the listener's event loop, the scheduler's worker).
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> drain().subscribe().with(
                    done -> { },
                    failure -> {
                        draining.set(false);
                        LOG.errorf(failure, "Outbox relay stopped unexpectedly");
                    }));
        }
    }

    private Uni<Void> drain() {
        wokenWhileDraining.set(false);
        return Multi.createBy().repeating().uni(this::relayBatch)
                .whilst(sent -> sent == batchSize || wokenWhileDraining.getAndSet(false))
                .collect().last()
                .replaceWithVoid()
                // No round again at once for a wake-up that came meanwhile: the next commit or the poll retries, so
                // Kafka or the database, when away, is not hammered.
                .onFailure().invoke(e -> {
                    wokenWhileDraining.set(false);
                    retryLater(e);
                })
                .onFailure().recoverWithNull()
                .chain(metrics::refreshIfDue)
                .chain(this::drainAgainIfWoken);
    }

    // A wake-up between the last round's check and the end of the drain found the drain still running: serve it.
    private Uni<Void> drainAgainIfWoken() {
        draining.set(false);
        if (wokenWhileDraining.get() && draining.compareAndSet(false, true)) {
            return drain();
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Sends one batch of unsent events and marks them sent, in one transaction; returns how many it sent: none while
     * another instance's relay is in the middle of a batch ({@link #RELAY_LOCK}).
     */
    Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> relayLock().chain(held -> held
                ? nextBatch().chain(this::publishAll)
                : Uni.createFrom().item(0)));
    }

    /**
     * One relay at a time per service, so a child's events leave in the order they were written: two relays taking
     * rows side by side ({@code SKIP LOCKED} alone) could send a child's access revoked before the grant it revokes.
     * A transaction-scoped advisory lock: released at commit or rollback, and with the connection if an instance dies.
     */
    private Uni<Boolean> relayLock() {
        return Panache.getSession().chain(session -> session.createSelectionQuery(LOCK, Boolean.class)
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult());
    }

    /**
     * The database away is told once per outage ({@link DatabaseOutage}); Kafka away, at every round; a round cut off
     * by the service's stop, once at INFO: its rows go at the next start.
     */
    private void retryLater(Throwable failure) {
        if (ServiceStop.underway()) {
            LOG.infof("Outbox relay stops with the service; its unsent events go at the next start (%s)",
                    failure.getMessage());
        } else if (TransientFailure.is(failure)) {
            outage.noticed(failure);
        } else {
            LOG.warnf("Outbox relay will retry: %s", failure.getMessage());
        }
    }

    private Uni<List<OutboxEvent>> nextBatch() {
        // FOR NO KEY UPDATE … SKIP LOCKED on PostgreSQL: rows another transaction holds are left to it.
        return Panache.getSession().chain(session -> session.createSelectionQuery(NEXT_BATCH, OutboxEvent.class)
                .setMaxResults(batchSize)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList());
    }

    private Uni<Integer> publishAll(List<OutboxEvent> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        var sends = batch.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast()
                .chain(() -> markSent(batch))
                .replaceWith(batch.size());
    }

    private Uni<Void> send(OutboxEvent event) {
        var cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(source)
                .withSubject(event.subjectId.toString())
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC));
        // Every row the Outbox writes is of a type of the contracts; a row of another type (written by hand) goes
        // without a dataschema rather than holding up the rows behind it.
        EventType.of(event.eventType).ifPresent(type -> cloudEvent.withDataSchema(type.dataSchema()));
        var record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.subjectId.toString())
                .withHeaders(List.of(JSON_CONTENT))
                .build();
        return emitter.sendMessage(Message.of(event.payload, Metadata.of(cloudEvent.build(), record)));
    }

    private Uni<Void> markSent(List<OutboxEvent> batch) {
        var ids = batch.stream().map(e -> e.id).toList();
        return OutboxEvent.update("sentAt = ?1 where id in ?2", time.now(), ids).replaceWithVoid();
    }
}
