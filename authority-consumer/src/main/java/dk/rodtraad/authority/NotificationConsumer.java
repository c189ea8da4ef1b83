package dk.rodtraad.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code rodtraad.authority.notifications} as the authority's principal, in its own consumer group, and hands
 * each record to the {@link Outlet}, one at a time, in each partition's order; it commits a record's offset only
 * after the outlet has delivered it durably (ADR 0023). A delivery that fails is tried again, after a wait that
 * doubles up to {@code rodtraad.authority.retry.max}, for as long as it takes: an underretning is never skipped. The
 * consumer rewinds to the failed record and keeps polling while it waits, so it stays in its group.
 */
@ApplicationScoped
public class NotificationConsumer {

    private static final Logger LOG = Logger.getLogger(NotificationConsumer.class);
    private static final Duration FORGET_EVERY = Duration.ofDays(1);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    AuthorityConsumerConfig config;

    /** Injected so that Quarkus checks the login before anything starts (see {@link KafkaLogin}). */
    @Inject
    KafkaLogin login;

    @Inject
    Outlet outlet;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean joined;
    private volatile Instant failingSince;
    private volatile String lastFailure;
    private Thread thread;
    private Instant forgottenAt = Instant.MIN;

    void start(@Observes StartupEvent started) {
        LOG.infof("Delivering the authority's notifications to %s (principal %s, consumer group %s)", outlet.describe(),
                login.username(), config.group());
        metrics.gauge("rodtraad.authority.retry.age.seconds", this, NotificationConsumer::retryAgeSeconds);
        // Made here, not in the thread: a wrong Kafka setting stops the start, with its message.
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        thread = Thread.ofPlatform().name("authority-consumer").start(this::run);
    }

    void stop(@Observes ShutdownEvent stopped) throws InterruptedException {
        stopping.countDown();
        if (thread != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(30));
        }
    }

    private Map<String, Object> consumerConfig() {
        var settings = new HashMap<>(kafka);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "authority-consumer");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group reads the topic from its beginning: whatever the topic still holds is delivered.
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // One record per poll: a failed one is rewound to alone, and the first poll after the wait returns it again.
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        return settings;
    }

    private void run() {
        KafkaConsumer<String, String> closedAtTheEnd = consumer;
        try (closedAtTheEnd) {
            consumer.subscribe(List.of(Topics.AUTHORITY_NOTIFICATIONS), new Joined());
            var backoff = new Backoff(config.retry().initial(), config.retry().max());
            while (stopping.getCount() > 0) {
                forgetOldDeliveries();
                var rewound = new HashSet<TopicPartition>();
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (rewound.contains(partition)) {
                        continue;
                    }
                    if (handle(record)) {
                        commit(partition, record.offset() + 1);
                        backoff.reset();
                    } else {
                        consumer.seek(partition, record.offset());
                        rewound.add(partition);
                        stopping.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            }
        } catch (WakeupException | InterruptedException stopped) {
            // The application stops: whatever was not committed is delivered again at the next start, not twice.
        } catch (RuntimeException e) {
            LOG.error("The authority's consumer stopped; the application exits so that it is started again", e);
            Quarkus.asyncExit(1);
        }
    }

    /** @return whether the record is done with (delivered now or before, or not deliverable): its offset may be committed */
    private boolean handle(ConsumerRecord<String, String> record) throws InterruptedException {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        Notification notification;
        try {
            notification = Notification.of(record, json);
        } catch (Notification.NotDeliverable e) {
            // Its content is never logged: it may carry a CPR number. An operator reads it on the topic (as admin).
            LOG.errorf("Record %s is not a notification the case system can read (%s): set aside, not delivered",
                    where, e.getMessage());
            count("not-deliverable");
            return true;
        }
        try {
            var delivery = outlet.deliver(notification);
            count(delivery == Outlet.Delivery.DELIVERED ? "delivered" : "delivered-before");
            LOG.infof("Notification %s (%s) %s", notification.id(), where,
                    delivery == Outlet.Delivery.DELIVERED ? "delivered" : "had been delivered before");
            failingSince = null;
            lastFailure = null;
            return true;
        } catch (IOException | RuntimeException e) {
            if (failingSince == null) {
                failingSince = clock.instant();
            }
            lastFailure = e.getMessage();
            metrics.counter("rodtraad.authority.delivery.failures").increment();
            LOG.warnf("Notification %s (%s) not delivered to %s, tried again later: %s", notification.id(), where,
                    outlet.describe(), e.toString());
            return false;
        }
    }

    private void commit(TopicPartition partition, long next) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        } catch (KafkaException e) {
            // Delivered but not committed: Kafka delivers it again later, and the outlet knows it (the folder's marker,
            // the webhook's idempotency key). A later commit in this partition covers it.
            LOG.warnf("Could not commit %s at %d, the record comes again: %s", partition, next, e.toString());
        }
    }

    private void forgetOldDeliveries() {
        if (!(outlet instanceof FolderOutlet folder) || clock.instant().isBefore(forgottenAt.plus(FORGET_EVERY))) {
            return;
        }
        forgottenAt = clock.instant();
        try {
            int forgotten = folder.forgetOlderThan(config.remember(), clock);
            if (forgotten > 0) {
                LOG.infof("Forgot %d deliveries older than %s", forgotten, config.remember());
            }
        } catch (IOException e) {
            LOG.warnf("Could not forget old deliveries, tried again tomorrow: %s", e.toString());
        }
    }

    private void count(String result) {
        metrics.counter("rodtraad.authority.notifications", "result", result).increment();
    }

    private double retryAgeSeconds() {
        Instant since = failingSince;
        return since == null ? 0 : Duration.between(since, clock.instant()).toSeconds();
    }

    /** Whether the consumer has joined its group: it has been given its share of the partitions, none or all. */
    boolean joined() {
        return joined;
    }

    /** Why the current delivery fails, while it does. */
    Optional<String> failure() {
        return failingSince == null ? Optional.empty()
                : Optional.of("failing since " + failingSince + ": " + lastFailure);
    }

    String outlet() {
        return outlet.describe();
    }

    private final class Joined implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            joined = true;
            LOG.infof("Reading %s", partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Every delivered record's offset is committed at once: nothing to commit here.
        }
    }
}
