package dk.rodtraad.chassis.outage;

import io.quarkus.logging.LoggingFilter;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the log lines that libraries write about their own known bugs and that tell an operator nothing to act on;
 * each rule matches one message from one place, and every other line is logged as before.
 * <ul>
 *   <li>An ERROR a database outage leaves behind: vertx-sql-client 4.5 starts a timer for a query run straight on the
 *   pool and forgets to cancel it when the connection cannot be had, so 30 s after the outage began the timer fails
 *   the already failed promise and Vert.x reports "Result is already complete" (eclipse-vertx/vertx-sql-client#1706,
 *   open). The query had failed properly; the caller had its answer.</li>
 *   <li>A WARN at every start: Quarkus gives the PostgreSQL pool one sub-pool per event loop, each registering the
 *   pool's gauges under the same name, so Micrometer refuses the second ("This Gauge has been already registered
 *   (…postgresql.queue.size…)", quarkusio/quarkus#47504, open). The HTTP server's count of its connections, kept
 *   since a service caps them ({@code quarkus.http.limits.max-connections}), is registered so by each event loop's
 *   server too ({@code vertx.http.connections.current}; #50040 is the same for another gauge). Micrometer warns only
 *   of the first it refuses, so either may be the one. Nothing is wrong with the pool or the count.</li>
 *   <li>A WARN at a stop under load: SmallRye Kafka stops the consumers after Quarkus has closed the database pool
 *   (smallrye/smallrye-reactive-messaging#3127, open), so the batch a consumer was applying cannot be applied, and the
 *   connector says "SRMSG18245: There are still N unprocessed messages after the closing timeout". The inbox has
 *   said so at INFO, with the consumer's name, and Kafka delivers the batch again after the start
 *   ({@link ServiceStop}). The same WARN while the service is not stopping is kept.</li>
 *   <li>An ERROR at a stop: the reactive PostgreSQL client closes a connection after Vert.x has shut its event loops
 *   down, and Netty cannot run the close's listener on the loop that is gone ("Failed to submit a listener
 *   notification task. Event loop shut down?", a {@code RejectedExecutionException} from
 *   {@code io.vertx.sqlclient}). The connection is closed either way, with the process. The same line from
 *   anywhere else, or while the service is not stopping, is kept.</li>
 * </ul>
 */
@LoggingFilter(name = KnownUpstreamNoise.NAME)
public final class KnownUpstreamNoise implements Filter {

    public static final String NAME = "known-upstream-noise";

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    static final String UNPROCESSED_AT_CLOSE = "SRMSG18245";
    static final String SQL_CLIENT = "io.vertx.sqlclient.";
    /** The gauges each event loop registers under one name: the start of their names, or a name and its quote. */
    static final List<String> GAUGES_PER_EVENT_LOOP = List.of("postgresql.", "vertx.http.connections.current'");

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(isPoolTimerFailingAFailedPromise(record) || isGaugeRegisteredOncePerEventLoop(record)
                || isBatchLeftAtTheStop(record) || isConnectionClosedAfterTheLoops(record));
    }

    private static boolean isConnectionClosedAfterTheLoops(LogRecord record) {
        return record.getThrown() instanceof RejectedExecutionException rejected
                && Arrays.stream(rejected.getStackTrace()).anyMatch(frame ->
                        frame.getClassName().startsWith(SQL_CLIENT))
                && ServiceStop.underway();
    }

    private static boolean isBatchLeftAtTheStop(LogRecord record) {
        String message = record.getMessage();
        return message != null && message.startsWith(UNPROCESSED_AT_CLOSE) && ServiceStop.underway();
    }

    private static boolean isPoolTimerFailingAFailedPromise(LogRecord record) {
        Throwable thrown = record.getThrown();
        return thrown instanceof IllegalStateException
                && "Result is already complete".equals(thrown.getMessage())
                && Arrays.stream(thrown.getStackTrace()).limit(3).anyMatch(frame ->
                        frame.getClassName().equals("io.vertx.sqlclient.impl.pool.SqlConnectionPool"));
    }

    private static boolean isGaugeRegisteredOncePerEventLoop(LogRecord record) {
        String message = record.getMessage();
        if (!METER_REGISTRY.equals(record.getLoggerName()) || message == null
                || !message.startsWith("This Gauge has been already registered")) {
            return false;
        }
        String named = message + Arrays.toString(record.getParameters());
        return GAUGES_PER_EVENT_LOOP.stream().anyMatch(name -> named.contains("name='" + name));
    }
}
