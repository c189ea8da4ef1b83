package dk.rodtraad.chassis.outbox;

import dk.rodtraad.chassis.time.StoredTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes outbox events that Kafka acknowledged long ago. Once sent, an event lives on its topic; the row stays a
 * while only so an operator can see what the service published lately ({@code rodtraad.outbox.keep-sent}, 30 days by
 * default). An unsent event is never deleted, however old: it is what the relay still owes Kafka.
 */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    private final Duration keepSent;
    private final StoredTime time;

    public OutboxCleanup(@ConfigProperty(name = "rodtraad.outbox.keep-sent", defaultValue = "P30D") Duration keepSent,
            StoredTime time) {
        this.time = time;
        this.keepSent = keepSent;
    }

    // Nightly, when nobody works; several instances may run it at once, as a delete is harmless twice.
    @Scheduled(cron = "${rodtraad.outbox.cleanup-cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return deleteSentBefore(time.now().minus(keepSent))
                .invoke(deleted -> LOG.infof("Outbox cleanup deleted %d events sent more than %s ago", deleted, keepSent))
                .onFailure().invoke(e -> LOG.warnf("Outbox cleanup will try again tomorrow: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** @return how many sent events were deleted */
    public Uni<Long> deleteSentBefore(Instant cutoff) {
        return Panache.withTransaction(() -> OutboxEvent.delete("sentAt < ?1", cutoff));
    }
}
