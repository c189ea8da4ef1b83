package dk.rodtraad.chassis.outage;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The service's PostgreSQL pool as Quarkus configures it, with the one bound Quarkus has no setting for: how many
 * requests may wait for a connection ({@code rodtraad.database.max-waiting}). Vert.x's default lets the queue grow
 * without end: under more requests than the service can serve, each waiting request keeps its state on the heap until
 * the service runs out of memory (network-meeting-service did, at 200 timeline reads a second on two shared cores,
 * 2026-12-03). Bounded, a request that finds the queue full fails at once, and is answered 503 with Retry-After
 * ({@link Overload}): the service sheds what it cannot do and goes on serving the rest.
 */
@ApplicationScoped
public class BoundedPool implements PgPoolCreator {

    private final int maxWaiting;

    BoundedPool(@ConfigProperty(name = "rodtraad.database.max-waiting", defaultValue = "100") int maxWaiting) {
        this.maxWaiting = maxWaiting;
    }

    @Override
    public Pool create(Input input) {
        return PgBuilder.pool()
                .with(input.poolOptions().setMaxWaitQueueSize(maxWaiting))
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
