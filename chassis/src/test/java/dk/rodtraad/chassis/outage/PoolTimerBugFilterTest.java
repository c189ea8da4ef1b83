package dk.rodtraad.chassis.outage;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoolTimerBugFilterTest {

    private final PoolTimerBugFilter filter = new PoolTimerBugFilter();

    @Test
    void dropsThePoolsTimerFailingAFailedPromise() {
        assertFalse(filter.isLoggable(uncaught(thrownAt("Result is already complete",
                "io.vertx.core.Promise", "io.vertx.sqlclient.impl.pool.SqlConnectionPool"))));
    }

    @Test
    void keepsEveryOtherUncaughtException() {
        assertTrue(filter.isLoggable(uncaught(thrownAt("Result is already complete",
                "io.vertx.core.Promise", "dk.rodtraad.SomethingOfOurs"))));
        assertTrue(filter.isLoggable(uncaught(thrownAt("Something else",
                "io.vertx.core.Promise", "io.vertx.sqlclient.impl.pool.SqlConnectionPool"))));
        assertTrue(filter.isLoggable(uncaught(null)));
    }

    private static LogRecord uncaught(Throwable thrown) {
        var record = new LogRecord(Level.SEVERE, "Uncaught exception received by Vert.x");
        record.setThrown(thrown);
        return record;
    }

    private static IllegalStateException thrownAt(String message, String... classes) {
        var exception = new IllegalStateException(message);
        var frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "run", null, -1);
        }
        exception.setStackTrace(frames);
        return exception;
    }
}
