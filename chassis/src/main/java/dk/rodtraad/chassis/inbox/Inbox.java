package dk.rodtraad.chassis.inbox;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.outage.ServiceStop;
import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The idempotent inbox every consumer goes through, and the one place that decides what becomes of an event that
 * cannot be applied — so that no event stalls a consumer and none is lost. A consumer's channel delivers what one
 * Kafka poll returned, a batch ({@code batch=true}); for each batch the inbox
 * <ol>
 *   <li>takes each record's CloudEvent ({@link ReceivedEvent}) and decides by its type ({@link Reads}) whether this
 *       consumer applies it, and then whether its data satisfies the type's schema from {@code contracts}
 *       ({@link ContractCheck}); both were read and checked as Kafka fetched the record ({@link CloudEventDeserializer},
 *       the channel's {@code value.deserializer}); a record that fails here is poison, set aside;</li>
 *   <li>applies the consumer's effect for every other event, in the order of the batch, and records each event id, all
 *       in <b>one transaction</b>, skipping the ids recorded already (one query for the whole batch) and an id met
 *       twice in the batch: a redelivery changes nothing (an effect whose own rows record what it applied,
 *       {@link Effect#recordsItself()}, skips them itself, and the inbox keeps no record for it);</li>
 *   <li>after the commit, dead-letters the poison records, then acknowledges the batch: the latest offset of each
 *       partition, so a crash before it means redelivery, not loss.</li>
 * </ol>
 * When the batch's transaction fails, the inbox takes the same records <b>one at a time</b>, each in a transaction of
 * its own, so that one event that cannot be applied is dead-lettered alone and every other one is applied. There the
 * failure decides:
 * <ul>
 *   <li><b>poison</b> — what can never succeed: not a CloudEvent, undecodable data, data that breaks its schema, an
 *       unknown version of a type the consumer reads, or a domain check of the consumer
 *       ({@link PoisonEventException}): dead-lettered at once;</li>
 *   <li><b>transient</b> — the database or the network away ({@link TransientFailure}): retried with back-off
 *       (0.5 s growing to 30 s) without end, so no event is skipped and the order within a child's partition holds,
 *       told in the log once per outage ({@link DatabaseOutage});
 *       the gauge {@code rodtraad.inbox.retry.age.seconds} shows how long the oldest such event has waited;</li>
 *   <li><b>anything else</b> — a bug, a constraint the schema does not know: retried {@value #RETRIES_OF_OTHER_FAILURES}
 *       times (a race between two writers passes on a retry), then dead-lettered ({@link EventNotAppliedException})
 *       with an ERROR in the log. Retried for ever it would stall every later event of its partition, every child
 *       keyed to it; dead-lettered it stays on the dead-letter topic with its reason, to be replayed once the cause
 *       is mended.</li>
 * </ul>
 * Only single records are ever nacked, never the batch: SmallRye nacks every record of a nacked batch, which would
 * dead-letter the good events with the bad. A nacked record goes to the channel's dead-letter topic
 * ({@code failure-strategy=dead-letter-queue}), which puts the reason in its {@code dead-letter-reason} header;
 * {@code rodtraad.inbox.dead.letters} counts them by consumer and kind ({@code poison}, {@code failed}), and
 * {@value #SPLIT_BATCHES} the batches taken one at a time, by consumer. See
 * docs/events.md, "Dead letters" and "Batches".
 */
@ApplicationScoped
public class Inbox {

    static final int RETRIES_OF_OTHER_FAILURES = 3;
    static final String SPLIT_BATCHES = "rodtraad.inbox.batches.split";
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final MeterRegistry registry;
    private final StoredTime time;
    private final RetryAges retryAges;
    private final DatabaseOutage outage;

    public Inbox(MeterRegistry registry, StoredTime time, DatabaseOutage outage) {
        this.outage = outage;
        this.registry = registry;
        this.time = time;
        this.retryAges = new RetryAges(registry, time);
    }

    /**
     * @param consumer a stable name for the effect, e.g. {@code timeline}; the same event is applied once per name
     * @param reads    the event types the effect applies; other events pass it by
     * @param effect   the effect of one event; it runs inside the batch's transaction, after the effects of the events
     *                 before it in the batch, whose changes it sees
     */
    public Uni<Void> receive(KafkaRecordBatch<String, Arrival> batch, String consumer, Reads reads,
            Effect effect) {
        retryAges.watch(consumer);
        List<Admission> admissions = batch.getRecords().stream().map(record -> admit(record, reads)).toList();
        return Uni.createFrom().deferred(() -> applyTogether(consumer, admissions, effect))
                .runSubscriptionOn(onCurrentContext())
                .onFailure().recoverWithUni(failure -> {
                    if (ServiceStop.underway()) {
                        return leftToTheNextStart(consumer, admissions.size(), failure);
                    }
                    LOG.infof("Consumer %s applies a batch of %d events one at a time, as its transaction failed: %s",
                            consumer, admissions.size(), failure.toString());
                    Counter.builder(SPLIT_BATCHES)
                            .description("Batches applied one event at a time because their transaction failed")
                            .tag("consumer", consumer)
                            .register(registry)
                            .increment();
                    return applyOneAtATime(consumer, admissions, effect);
                })
                .chain(refused -> settle(batch, consumer, refused));
    }

    /**
     * A batch cut off by the service's stop ({@link ServiceStop}) is neither taken apart nor retried: it is never
     * settled, so no offset of it is committed and Kafka delivers it again after the start.
     */
    private static Uni<List<Refusal>> leftToTheNextStart(String consumer, int events, Throwable failure) {
        LOG.infof("Consumer %s leaves a batch of %d events to its next start, as the service stops (%s)", consumer,
                events, failure.getMessage());
        return Uni.createFrom().nothing();
    }

    /** One record of a batch: the event to apply, none if it passes by, or why it is poison. */
    private record Admission(KafkaRecord<String, Arrival> record, Optional<ReceivedEvent> event, Throwable poison) {
    }

    /** A record the inbox gives up on, to be dead-lettered. */
    private record Refusal(KafkaRecord<String, Arrival> record, Throwable reason) {
    }

    private Admission admit(KafkaRecord<String, Arrival> record, Reads reads) {
        try {
            return new Admission(record, admitted(record, reads), null);
        } catch (PoisonEventException poison) {
            return new Admission(record, Optional.empty(), poison);
        }
    }

    /** The whole batch in one transaction; the poison records refused. */
    private Uni<List<Refusal>> applyTogether(String consumer, List<Admission> admissions,
            Effect effect) {
        var events = new ArrayList<ReceivedEvent>();
        var ids = new HashSet<UUID>();
        for (Admission admission : admissions) {
            admission.event().filter(event -> ids.add(event.id())).ifPresent(events::add);
        }
        List<Refusal> poison = admissions.stream().filter(admission -> admission.poison() != null)
                .map(admission -> new Refusal(admission.record(), admission.poison())).toList();
        if (events.isEmpty()) {
            return Uni.createFrom().item(poison);
        }
        if (effect.recordsItself()) {
            return Panache.withTransaction(() -> effect.applyAll(events)).replaceWith(poison);
        }
        return Panache.withTransaction(() -> processedAmong(consumer, ids).chain(processed -> {
            List<ReceivedEvent> fresh = events.stream().filter(event -> !processed.contains(event.id())).toList();
            if (fresh.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().deferred(() -> effect.applyAll(fresh)).chain(() -> recordAll(consumer, fresh));
        })).replaceWith(poison);
    }

    /** The ids of a batch's events as applied: one statement, whatever the batch's size. */
    private Uni<Void> recordAll(String consumer, List<ReceivedEvent> events) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        select :consumer, id, :at from unnest(cast(:ids as uuid[])) as ids(id)""")
                .setParameter("consumer", consumer)
                .setParameter("at", time.now())
                .setParameter("ids", events.stream().map(ReceivedEvent::id).toArray(UUID[]::new))
                .executeUpdate()).replaceWithVoid();
    }

    private static Uni<Set<UUID>> processedAmong(String consumer, Set<UUID> ids) {
        return ProcessedEvent.<ProcessedEvent>list("key.consumer = ?1 and key.eventId in ?2", consumer, ids)
                .map(found -> found.stream().map(processed -> processed.key.eventId()).collect(Collectors.toSet()));
    }

    /** Each record in a transaction of its own, in order, with the retries the failure calls for. */
    private Uni<List<Refusal>> applyOneAtATime(String consumer, List<Admission> admissions,
            Effect effect) {
        return Multi.createFrom().iterable(admissions)
                .onItem().transformToUniAndConcatenate(admission -> applyAlone(consumer, admission, effect))
                .filter(refusal -> refusal.reason() != null)
                .collect().asList();
    }

    /** The record's refusal, with a null reason when it was applied or passed by. */
    private Uni<Refusal> applyAlone(String consumer, Admission admission, Effect effect) {
        if (admission.poison() != null) {
            return Uni.createFrom().item(new Refusal(admission.record(), admission.poison()));
        }
        Uni<Void> applied = admission.event().isPresent()
                ? applyOnce(consumer, admission.event().get(), effect)
                : Uni.createFrom().voidItem();
        return applied.onItemOrFailure().transform((ignored, failure) -> new Refusal(admission.record(), failure));
    }

    /**
     * Dead-letters the refused records, then acknowledges each partition's latest record unless it was refused (a
     * dead-lettered record is acknowledged by the dead-letter queue once sent). Everything before them is applied by
     * now, so committing those offsets loses nothing.
     */
    private Uni<Void> settle(KafkaRecordBatch<String, Arrival> batch, String consumer, List<Refusal> refused) {
        var deadLettered = new HashSet<KafkaRecord<String, Arrival>>();
        return Multi.createFrom().iterable(refused)
                .onItem().transformToUniAndConcatenate(refusal -> {
                    deadLettered.add(refusal.record());
                    return deadLetter(refusal.record(), consumer, refusal.reason());
                })
                .collect().last()
                .chain(() -> Multi.createFrom().iterable(batch.getLatestOffsetRecords().values())
                        .filter(latest -> !deadLettered.contains(latest))
                        .onItem().transformToUniAndConcatenate(latest -> Uni.createFrom().completionStage(latest.ack()))
                        .collect().last())
                .replaceWithVoid();
    }

    /** The event, checked, if this consumer applies it; empty if it passes by. */
    private Optional<ReceivedEvent> admitted(KafkaRecord<String, Arrival> record, Reads reads) {
        Arrival arrival = record.getPayload();
        var event = arrival.event();
        return switch (reads.wayOf(event.type())) {
            case APPLY_CHECKED -> {
                arrival.satisfiesItsSchema();
                yield Optional.of(event);
            }
            case APPLY_UNCHECKED -> Optional.of(event);
            case PASS_BY -> Optional.empty();
        };
    }

    private Uni<Void> applyOnce(String consumer, ReceivedEvent event, Effect effect) {
        var key = new ProcessedEvent.Key(consumer, event.id());
        var tries = new Tries(consumer, event);
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> effect.recordsItself()
                        ? effect.apply(event)
                        : ProcessedEvent.<ProcessedEvent>findById(key)
                                .chain(seen -> seen != null ? Uni.createFrom().voidItem() : effect.apply(event)
                                        .chain(() -> record(key)))))
                .runSubscriptionOn(onCurrentContext())
                .onFailure(tries::again).retry().withBackOff(FIRST_RETRY, LONGEST_RETRY).indefinitely()
                .onFailure(failure -> !(failure instanceof PoisonEventException)).transform(tries::givenUp)
                .onTermination().invoke(() -> retryAges.ended(consumer, event.id()));
    }

    private Uni<Void> record(ProcessedEvent.Key key) {
        var processed = new ProcessedEvent();
        processed.key = key;
        processed.processedAt = time.now();
        return processed.persist().replaceWithVoid();
    }

    private Uni<Void> deadLetter(Message<Arrival> message, String consumer, Throwable failure) {
        Counter.builder("rodtraad.inbox.dead.letters")
                .description("Events sent to a dead-letter topic because they cannot be processed")
                .tag("consumer", consumer)
                .tag("kind", failure instanceof PoisonEventException ? "poison" : "failed")
                .register(registry)
                .increment();
        LOG.errorf("Consumer %s sends an event to the dead-letter topic: %s", consumer, failure.getMessage());
        return Uni.createFrom().completionStage(message.nack(failure));
    }

    /** The failures of one event so far: whether to try it again. */
    private final class Tries {
        private final String consumer;
        private final ReceivedEvent event;
        private int otherFailures;

        Tries(String consumer, ReceivedEvent event) {
            this.consumer = consumer;
            this.event = event;
        }

        boolean again(Throwable failure) {
            if (failure instanceof PoisonEventException) {
                return false;
            }
            retryAges.failed(consumer, event.id());
            if (TransientFailure.is(failure)) {
                // One WARN per outage (DatabaseOutage), not one per event and retry; the retry-age gauge shows the wait.
                outage.noticed(failure);
                LOG.debugf("Consumer %s will retry event %s until the database or the network is back: %s",
                        consumer, event.id(), failure);
                return true;
            }
            otherFailures++;
            if (otherFailures <= RETRIES_OF_OTHER_FAILURES) {
                LOG.warnf("Consumer %s will retry event %s (failure %d of at most %d): %s", consumer, event.id(),
                        otherFailures, RETRIES_OF_OTHER_FAILURES + 1, failure);
            }
            return otherFailures <= RETRIES_OF_OTHER_FAILURES;
        }

        Throwable givenUp(Throwable failure) {
            return new EventNotAppliedException("Failed " + otherFailures + " times, not for a transient reason, in "
                    + consumer + ": " + failure, failure);
        }
    }

    /**
     * Hibernate Reactive must run on the Vert.x context the message arrived on; a retry after a back-off would
     * otherwise resume on a timer thread.
     */
    private static Executor onCurrentContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
