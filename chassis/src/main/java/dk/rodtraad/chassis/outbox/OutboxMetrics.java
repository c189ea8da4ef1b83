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

    /** HQL, as the relay's queries ({@link OutboxRelay}): its plan is made once. */
    private static final String BACKLOG = "select count(*), min(createdAt) from OutboxEvent where sentAt is null";
    /** How often the relay's drains read the backlog at most. */
    private static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

    private final StoredTime time;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final OncePer refreshes = new OncePer(REFRESH_EVERY);

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

    /**
     * {@link #refresh()}, unless the gauges were read less than {@link #REFRESH_EVERY} ago. The relay calls this after
     * every drain, which under load follows nearly every commit: a count a second is plenty for a scrape every 15 s or
     * more, and 200 counts a second were as many queries as the requests they followed. The poll's drain refreshes
     * them too, so the gauges are at most one poll behind.
     */
    Uni<Void> refreshIfDue() {
        return refreshes.due() ? refresh() : Uni.createFrom().voidItem();
    }

    /** Reads the backlog into the gauges, so the gauges never query the database themselves. */
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
