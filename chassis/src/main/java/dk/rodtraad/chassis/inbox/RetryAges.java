package dk.rodtraad.chassis.inbox;

import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long the oldest event each consumer is now retrying has waited since its first failure, as the gauge
 * {@code rodtraad.inbox.retry.age.seconds} (tag {@code consumer}); 0 while the consumer retries nothing. A retry age
 * that keeps growing is a partition standing still: the database has been away that long.
 */
final class RetryAges {

    static final String GAUGE = "rodtraad.inbox.retry.age.seconds";

    private final MeterRegistry registry;
    private final StoredTime time;
    /** Per consumer, the events it retries now and since when; the gauge reads these maps, so they live as long. */
    private final Map<String, Map<UUID, Instant>> retrying = new ConcurrentHashMap<>();

    RetryAges(MeterRegistry registry, StoredTime time) {
        this.registry = registry;
        this.time = time;
    }

    /** The consumer's gauge exists, at 0, from its first event on. */
    void watch(String consumer) {
        of(consumer);
    }

    void failed(String consumer, UUID event) {
        of(consumer).putIfAbsent(event, time.now());
    }

    void ended(String consumer, UUID event) {
        of(consumer).remove(event);
    }

    private Map<UUID, Instant> of(String consumer) {
        return retrying.computeIfAbsent(consumer, name -> {
            Map<UUID, Instant> events = new ConcurrentHashMap<>();
            Gauge.builder(GAUGE, events, this::oldestAgeSeconds)
                    .description("How long the oldest event this consumer is retrying has waited, in seconds")
                    .tag("consumer", name)
                    .register(registry);
            return events;
        });
    }

    private double oldestAgeSeconds(Map<UUID, Instant> events) {
        Instant now = time.now();
        return events.values().stream().mapToDouble(since -> Duration.between(since, now).toMillis() / 1000.0)
                .max().orElse(0);
    }
}
