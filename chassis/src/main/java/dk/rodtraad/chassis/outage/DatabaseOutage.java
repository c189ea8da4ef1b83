package dk.rodtraad.chassis.outage;

import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's own database, away and back, told once each: the first failure that says the database cannot be
 * reached ({@link TransientFailure}) logs one WARN and starts the outage; a probe ({@code select 1}, every
 * {@code rodtraad.database.probe-interval}) ends it with one INFO and records how long it lasted in the timer
 * {@code rodtraad.database.outages}. Meanwhile every request that needed the database is answered 503 with
 * {@code Retry-After} ({@link #refusal()}), never a 500 with an incident per request, and readiness (Quarkus's own
 * datasource check) is DOWN while liveness stays UP, so an orchestrator stops sending traffic without a restart.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** What a client is asked to wait before it tries again: about how long a database restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final NotAvailable REFUSAL = new NotAvailable(
            "Tjenesten kan ikke nå sin database lige nu. Intet er gemt. Prøv igen om lidt.");

    private final AtomicReference<Instant> awaySince = new AtomicReference<>();
    private final Pool database;
    private final StoredTime time;
    private final Timer outages;

    public DatabaseOutage(Pool database, StoredTime time, MeterRegistry registry) {
        this.database = database;
        this.time = time;
        this.outages = Timer.builder("rodtraad.database.outages")
                .description("Times the service's database could not be reached, and for how long")
                .register(registry);
    }

    /** The answer to a request that failed because the database is away (503, in Danish). */
    public static NotAvailable refusal() {
        return REFUSAL;
    }

    /**
     * A failure says the database cannot be reached: the first one of an outage is logged, the rest are not. The pool
     * refusing one more waiter is no outage (the database is there, the service is busy: {@link Overload}); the
     * relay and the inbox retry it as any transient failure, without a word here. Nor is the pool closed by the
     * service's own stop ({@link ServiceStop}).
     */
    public void noticed(Throwable failure) {
        if (TransientFailure.isBusy(failure) || ServiceStop.underway()) {
            return;
        }
        if (awaySince.compareAndSet(null, time.now())) {
            LOG.warnf("The database cannot be reached: requests that need it are answered 503 until it is back (%s)",
                    failure.getMessage());
        }
    }

    public boolean isAway() {
        return awaySince.get() != null;
    }

    @Scheduled(every = "${rodtraad.database.probe-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> probe() {
        if (!isAway()) {
            return Uni.createFrom().voidItem();
        }
        // Through a connection of its own: Pool.query() on a pool that cannot connect leaves its acquisition timer
        // running, which later fails an already failed promise (an ERROR, vertx-sql-client issue 1706).
        return database.withConnection(connection -> connection.query("select 1").execute())
                .invoke(this::back)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void back() {
        Instant since = awaySince.getAndSet(null);
        if (since != null) {
            Duration away = Duration.between(since, time.now());
            outages.record(away);
            LOG.infof("The database is back after %.1f s", away.toMillis() / 1000.0);
        }
    }
}
