package dk.rodtraad.chassis.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the {@link OutboxRelay} the moment a transaction that wrote outbox events commits, in every instance of the
 * service: a trigger on {@code outbox_event} calls {@code pg_notify('outbox_event', '')}, which PostgreSQL delivers
 * at commit (never for a rollback, and once per transaction however many events it wrote), and this listens on that
 * channel over one connection of its own (Vert.x's {@link PgSubscriber}, which reconnects by itself). Every write
 * path is covered, whichever session or instance made it, without a hook after each transaction.
 *
 * <p>On every (re)connection the relay is woken too, for what was committed while nobody listened. Should the
 * connection stay away, the relay's poll still sends everything, only later. {@code rodtraad.outbox.listen=false}
 * turns listening off, for a database reached through a pooler that cannot hold a {@code LISTEN} (PgBouncer in
 * transaction mode): then only the poll sends. ADR "the relay wakes on commit" has the measurements.
 */
@ApplicationScoped
public class OutboxCommits {

    /** The channel the migration's trigger notifies. */
    static final String CHANNEL = "outbox_event";

    /**
     * The listening connection's name in the PostgreSQL client metrics ({@code postgresql.*{clientName=…}}). Without
     * one it was measured under the pool's name ({@code <default>}), and Micrometer refused its gauges as the pool's
     * duplicates. (The WARN about duplicates at every start is the pool's own: KnownUpstreamNoise.)
     */
    static final String METRICS_NAME = "postgresql|outbox-listener";

    private static final Logger LOG = Logger.getLogger(OutboxCommits.class);
    private static final long RECONNECT_DELAY_MILLIS = 1000;

    private final OutboxRelay relay;
    private final boolean listen;
    private final PgConnectOptions database;
    private PgSubscriber subscriber;

    public OutboxCommits(OutboxRelay relay,
            @ConfigProperty(name = "rodtraad.outbox.listen", defaultValue = "true") boolean listen,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.relay = relay;
        this.listen = listen;
        // The service's own database and runtime login, as its pool has them; sslmode and the like come with the URL.
        this.database = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(username)
                .setPassword(password)
                .setMetricsName(METRICS_NAME);
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        if (!listen) {
            LOG.info("Outbox relay does not listen for commits (rodtraad.outbox.listen=false): it only polls");
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, database)
                .reconnectPolicy(attempt -> RECONNECT_DELAY_MILLIS);
        subscriber.channel(CHANNEL)
                .subscribeHandler(subscribed -> relay.wake())
                .handler(payload -> relay.wake());
        subscriber.connect().onFailure(e -> LOG.warnf(
                "Outbox relay cannot listen for commits yet, polls meanwhile: %s", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
