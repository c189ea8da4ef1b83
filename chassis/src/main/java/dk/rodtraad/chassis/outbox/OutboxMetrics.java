package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the outbox lags behind: the number of unsent events and the age of the oldest one. Both rise while Kafka
 * is away and fall back to zero when the relay catches up; alert on the age.
 */
// Eager, so the gauges exist from start-up rather than from the relay's first round.
@Startup
@ApplicationScoped
public class OutboxMetrics {
    private final StoredTime time;

    /** HQL, as the relay's queries ({@link OutboxRelay}): its plan is made once. */
    private static final String BACKLOG = "select count(*), min(createdAt) from OutboxEvent where sentAt is null";

    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry, StoredTime time) {
        this.time = time;
        Gauge.builder("rodtraad.outbox.unsent", unsent, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("rodtraad.outbox.oldest.unsent.age", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Reads the backlog; called by the relay after each round, so the gauges never query the database themselves. */
    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                        .createSelectionQuery(BACKLOG, Object[].class)
                        .getSingleResult()))
                .invoke(row -> {
                    unsent.set(((Number) row[0]).longValue());
                    oldestAgeSeconds.set(row[1] == null ? 0 : ageInSeconds((Instant) row[1]));
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private long ageInSeconds(Instant oldest) {
        return Duration.between(oldest, time.now()).toSeconds();
    }
}
