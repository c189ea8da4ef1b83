package dk.rodtraad.chassis.outage;

import io.quarkus.logging.LoggingFilter;

import java.util.Arrays;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the one ERROR a database outage leaves behind that says nothing: vertx-sql-client 4.5 starts a timer for a
 * query run straight on the pool and forgets to cancel it when the connection cannot be had, so 30 s after the
 * outage began the timer fails the already failed promise and Vert.x reports "Result is already complete"
 * (eclipse-vertx/vertx-sql-client#1706, open). The query had failed properly; the caller had its answer. Only that
 * exception from that place is dropped: every other uncaught exception is logged as before.
 */
@LoggingFilter(name = PoolTimerBugFilter.NAME)
public final class PoolTimerBugFilter implements Filter {

    public static final String NAME = "vertx-sql-client-1706";

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return !(thrown instanceof IllegalStateException
                && "Result is already complete".equals(thrown.getMessage())
                && Arrays.stream(thrown.getStackTrace()).limit(3).anyMatch(frame ->
                        frame.getClassName().equals("io.vertx.sqlclient.impl.pool.SqlConnectionPool")));
    }
}
