package dk.rodtraad.chassis.outage;

import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * More requests at once than the service lets wait for a database connection ({@link BoundedPool}): each one over is
 * answered 503 with Retry-After at once, having changed nothing, and counted in {@code rodtraad.requests.shed}. Not an
 * outage: the database is there and the requests within the bound are served. One WARN a minute at most says it is
 * happening, as a burst of thousands must not become thousands of log lines.
 */
@ApplicationScoped
public class Overload {

    private static final Logger LOG = Logger.getLogger(Overload.class);
    private static final Duration QUIET_BETWEEN_WARNINGS = Duration.ofMinutes(1);
    private static final NotAvailable REFUSAL = new NotAvailable(
            "Tjenesten har travlt lige nu. Intet er gemt. Prøv igen om lidt.");

    private final AtomicReference<Instant> lastWarned = new AtomicReference<>(Instant.MIN);
    private final StoredTime time;
    private final Counter shed;

    public Overload(StoredTime time, MeterRegistry registry) {
        this.time = time;
        this.shed = Counter.builder("rodtraad.requests.shed")
                .description("Requests answered 503 at once because too many already waited for a database connection")
                .register(registry);
    }

    /** Counts one request shed and gives its answer (503, in Danish). */
    public NotAvailable shed(Throwable failure) {
        shed.increment();
        Instant now = time.now();
        Instant last = lastWarned.get();
        if (Duration.between(last, now).compareTo(QUIET_BETWEEN_WARNINGS) >= 0 && lastWarned.compareAndSet(last, now)) {
            LOG.warnf("Too busy: requests are answered 503 while more than the pool lets wait for a database connection"
                    + " (rodtraad.database.max-waiting; %s)", failure.getMessage());
        }
        return REFUSAL;
    }
}
