package dk.rodtraad.chassis.inbox;

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
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The idempotent inbox every consumer goes through. For each Kafka message it
 * <ol>
 *   <li>reads the CloudEvent, or dead-letters it as poison if it is not a valid Rød Tråd event;</li>
 *   <li>applies the consumer's effect and records the event id in one transaction, unless the id is recorded
 *       already (a redelivery changes nothing);</li>
 *   <li>retries, with back-off and without end, when that fails for any other reason (the database is away), so
 *       no event is skipped and the order within a child's partition holds;</li>
 *   <li>acknowledges only after the commit, so a crash before it means redelivery, not loss.</li>
 * </ol>
 * A nacked message goes to the channel's dead-letter topic ({@code failure-strategy=dead-letter-queue}), which puts
 * the reason in its {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final Counter deadLetters;
    private final StoredTime time;

    public Inbox(MeterRegistry registry, StoredTime time) {
        this.time = time;
        this.deadLetters = Counter.builder("rodtraad.inbox.dead.letters")
                .description("Events sent to a dead-letter topic because they cannot be processed")
                .register(registry);
    }

    /**
     * @param consumer a stable name for the effect, e.g. {@code timeline}; the same event is applied once per name
     */
    public Uni<Void> receive(Message<String> message, String consumer, Function<ReceivedEvent, Uni<Void>> effect) {
        return Uni.createFrom().item(() -> ReceivedEvent.from(message))
                .chain(event -> applyOnce(consumer, event, effect))
                .onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, consumer, failure));
    }

    private Uni<Void> applyOnce(String consumer, ReceivedEvent event, Function<ReceivedEvent, Uni<Void>> effect) {
        var key = new ProcessedEvent.Key(consumer, event.id());
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> ProcessedEvent.<ProcessedEvent>findById(key)
                        .chain(seen -> seen != null ? Uni.createFrom().voidItem() : effect.apply(event)
                                .chain(() -> record(key)))))
                .runSubscriptionOn(onCurrentContext())
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .invoke(failure -> LOG.warnf("Consumer %s will retry event %s: %s", consumer, event.id(), failure.getMessage()))
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry().withBackOff(FIRST_RETRY, LONGEST_RETRY).indefinitely();
    }

    private Uni<Void> record(ProcessedEvent.Key key) {
        var processed = new ProcessedEvent();
        processed.key = key;
        processed.processedAt = time.now();
        return processed.persist().replaceWithVoid();
    }

    private Uni<Void> deadLetter(Message<String> message, String consumer, Throwable failure) {
        deadLetters.increment();
        LOG.errorf("Consumer %s sends an event to the dead-letter topic: %s", consumer, failure.getMessage());
        return Uni.createFrom().completionStage(message.nack(failure));
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
