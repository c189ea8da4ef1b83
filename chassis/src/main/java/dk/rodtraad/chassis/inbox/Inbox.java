package dk.rodtraad.chassis.inbox;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The idempotent inbox every consumer goes through, and the one place that decides what becomes of an event that
 * cannot be applied — so that no event stalls a consumer and none is lost. For each Kafka message it
 * <ol>
 *   <li>reads the CloudEvent ({@link ReceivedEvent}) and decides by its type ({@link Reads}) whether this consumer
 *       applies it, and then checks its data against the type's schema from {@code contracts}
 *       ({@link ContractCheck});</li>
 *   <li>applies the consumer's effect and records the event id in one transaction, unless the id is recorded
 *       already (a redelivery changes nothing);</li>
 *   <li>acknowledges only after the commit, so a crash before it means redelivery, not loss.</li>
 * </ol>
 * When that fails, the failure decides:
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
 * A nacked message goes to the channel's dead-letter topic ({@code failure-strategy=dead-letter-queue}), which puts
 * the reason in its {@code dead-letter-reason} header; {@code rodtraad.inbox.dead.letters} counts them by consumer
 * and kind ({@code poison}, {@code failed}). See docs/events.md, "Dead letters".
 */
@ApplicationScoped
public class Inbox {

    static final int RETRIES_OF_OTHER_FAILURES = 3;
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final MeterRegistry registry;
    private final StoredTime time;
    private final ContractCheck contracts;
    private final RetryAges retryAges;
    private final DatabaseOutage outage;

    public Inbox(MeterRegistry registry, StoredTime time, ContractCheck contracts, DatabaseOutage outage) {
        this.outage = outage;
        this.registry = registry;
        this.time = time;
        this.contracts = contracts;
        this.retryAges = new RetryAges(registry, time);
    }

    /**
     * @param consumer a stable name for the effect, e.g. {@code timeline}; the same event is applied once per name
     * @param reads    the event types the effect applies; other events pass it by
     */
    public Uni<Void> receive(Message<String> message, String consumer, Reads reads,
            Function<ReceivedEvent, Uni<Void>> effect) {
        retryAges.watch(consumer);
        return Uni.createFrom().item(() -> admitted(message, reads))
                .chain(event -> event.isPresent() ? applyOnce(consumer, event.get(), effect) : Uni.createFrom().voidItem())
                .onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, consumer, failure));
    }

    /** The event, checked, if this consumer applies it; empty if it passes by. */
    private Optional<ReceivedEvent> admitted(Message<String> message, Reads reads) {
        var event = ReceivedEvent.from(message);
        return switch (reads.wayOf(event.type())) {
            case APPLY_CHECKED -> {
                contracts.check(event);
                yield Optional.of(event);
            }
            case APPLY_UNCHECKED -> Optional.of(event);
            case PASS_BY -> Optional.empty();
        };
    }

    private Uni<Void> applyOnce(String consumer, ReceivedEvent event, Function<ReceivedEvent, Uni<Void>> effect) {
        var key = new ProcessedEvent.Key(consumer, event.id());
        var tries = new Tries(consumer, event);
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(key)
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

    private Uni<Void> deadLetter(Message<String> message, String consumer, Throwable failure) {
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
