package dk.rodtraad.chassis.outage;

import dk.rodtraad.chassis.problem.Causes;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure says only that the database or the network is away for now, so the same work will succeed once
 * it is back: what the inbox retries without end, and what a request is answered 503 for ({@link DatabaseOutage}). These are the failures Hibernate Reactive
 * and the Vert.x PostgreSQL client really raise (seen with a stopped PostgreSQL, see {@code InboxOutageTest}),
 * anywhere in the chain of causes:
 * <ul>
 *   <li>no connection: {@link java.net.ConnectException} (connection refused, connect timeout) and other
 *       {@link SocketException}s (connection reset), {@link ClosedChannelException}, and the plain
 *       {@link IOException} a socket channel raises for a connection reset or a broken pipe (the PostgreSQL client
 *       writing to a server that restarts under load, seen in {@code DatabaseOutageIT});</li>
 *   <li>a connection lost: Vert.x's {@code "Connection was closed"} and the SQL client's
 *       {@link ClosedConnectionException}; the pool closed as the service stops ({@code "Pool closed"});</li>
 *   <li>timeouts and a pool exhausted: {@link TimeoutException}, the pool's {@code "Timeout waiting for connection"}
 *       and {@code "Timeout"},
 *       {@link ConnectionPoolTooBusyException};</li>
 *   <li>PostgreSQL's own word for it, the SQLSTATE (on {@link DatabaseException}, and on the {@link SQLException}
 *       Hibernate turns it into): class {@code 08} connection exception, class {@code 53} insufficient resources
 *       (too many connections, disk full, out of memory), {@code 57P01}–{@code 57P03} shutting down or starting up,
 *       {@code 57014} statement timeout, and {@code 40001}/{@code 40P01} serialization failure and deadlock, which
 *       PostgreSQL asks the client to retry.</li>
 * </ul>
 * Anything else — a bug, a constraint violation — would fail the same way on every try.
 */
public final class TransientFailure {

    /**
     * Vert.x raises these as plain {@link VertxException}s or message-only throwables, told apart only by their
     * message. "Pool closed" comes while the service shuts down ({@link ServiceStop}): the inbox then leaves the batch
     * to the next start, and an event it was already retrying alone is retried until the process ends; either is
     * redelivered after the restart, never dead-lettered. A bare "Timeout" is the pool's wait for a free
     * connection running out: an overloaded service (seen at a load average of 28 on 2 cores), which is as
     * temporary as a database away and is answered the same way, 503 with Retry-After rather than 500.
     */
    private static final Set<String> VERTX_MESSAGES = Set.of("Connection was closed", "Timeout waiting for connection",
            "Pool closed", "Timeout");
    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "57014", "40001", "40P01");
    private static final Set<String> SQL_STATE_CLASSES = Set.of("08", "53");

    public static boolean is(Throwable failure) {
        return Causes.of(failure).anyMatch(TransientFailure::isItself);
    }

    /**
     * Whether the failure is the pool refusing to let one more request wait for a connection ({@link BoundedPool}):
     * transient too, but the service is busy, not cut off from its database ({@link Overload}).
     */
    public static boolean isBusy(Throwable failure) {
        return Causes.of(failure).anyMatch(ConnectionPoolTooBusyException.class::isInstance);
    }

    private static boolean isItself(Throwable failure) {
        return switch (failure) {
            case SocketException ignored -> true;
            case ClosedChannelException ignored -> true;
            case IOException io when isSocketChannels(io) -> true;
            case TimeoutException ignored -> true;
            case ClosedConnectionException ignored -> true;
            case ConnectionPoolTooBusyException ignored -> true;
            case DatabaseException database -> transientState(database.getSqlState());
            case SQLException sql -> transientState(sql.getSQLState());
            default -> failure.getClass().getName().startsWith("io.vertx.")
                    && VERTX_MESSAGES.contains(failure.getMessage());
        };
    }

    /**
     * Whether the JDK's socket channels raised it (Netty's NIO transport writes and reads through them): where a
     * blocking socket raises a {@link SocketException} for a connection reset, they raise a plain
     * {@link IOException} ("Connection reset by peer", "Broken pipe"), known only by where it was thrown.
     */
    private static boolean isSocketChannels(IOException failure) {
        StackTraceElement[] where = failure.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("sun.nio.ch.");
    }

    private static boolean transientState(String sqlState) {
        return sqlState != null && (SQL_STATES.contains(sqlState)
                || sqlState.length() == 5 && SQL_STATE_CLASSES.contains(sqlState.substring(0, 2)));
    }

    private TransientFailure() {
    }
}
