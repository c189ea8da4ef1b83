package dk.rodtraad.chassis.outage;

import org.junit.jupiter.api.Test;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownUpstreamNoiseTest {

    private static final String GAUGE_TWICE = "This Gauge has been already registered ({}), the registration will be"
            + " ignored. Note that subsequent logs will be logged at debug level.";

    private final KnownUpstreamNoise filter = new KnownUpstreamNoise();

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

    @Test
    void dropsThePoolsGaugesRegisteredOncePerSubPool() {
        assertFalse(filter.isLoggable(meterWarning(GAUGE_TWICE, "MeterId{name='postgresql.queue.size', "
                + "tags=[tag(clientName=<default>),tag(clientType=sql)]}")));
        assertFalse(filter.isLoggable(meterWarning(GAUGE_TWICE.replace("{}",
                "MeterId{name='postgresql.queue.size', tags=[tag(clientName=<default>),tag(clientType=sql)]}"))));
    }

    @Test
    void dropsTheHttpServersConnectionCountRegisteredOncePerEventLoop() {
        assertFalse(filter.isLoggable(meterWarning(GAUGE_TWICE,
                "MeterId{name='vertx.http.connections.current', tags=[]}")));
        assertTrue(filter.isLoggable(meterWarning(GAUGE_TWICE,
                "MeterId{name='vertx.http.connections.currently-something-else', tags=[]}")));
    }

    @Test
    void keepsAnyOtherGaugeRegisteredTwiceAndAnyOtherWarning() {
        assertTrue(filter.isLoggable(meterWarning(GAUGE_TWICE, "MeterId{name='rodtraad.outbox.unsent', tags=[]}")));
        assertTrue(filter.isLoggable(meterWarning("Something else about {}", "MeterId{name='postgresql.queue.size'}")));
        var elsewhere = meterWarning(GAUGE_TWICE, "MeterId{name='postgresql.queue.size', tags=[]}");
        elsewhere.setLoggerName("dk.rodtraad.SomethingOfOurs");
        assertTrue(filter.isLoggable(elsewhere));
    }

    @Test
    void keepsTheConnectorsUnprocessedMessagesWhileTheServiceIsNotStopping() {
        var record = new LogRecord(Level.WARNING, KnownUpstreamNoise.UNPROCESSED_AT_CLOSE
                + ": There are still %d unprocessed messages after the closing timeout");
        record.setLoggerName("io.smallrye.reactive.messaging.kafka");
        record.setParameters(new Object[] {2});
        assertTrue(filter.isLoggable(record));
    }

    /** Out of a stop, a loop that refuses work is a fault worth its ERROR, from the SQL client too. */
    @Test
    void keepsALoopThatRefusesWorkWhileTheServiceIsNotStopping() {
        var rejected = new RejectedExecutionException("event executor terminated");
        rejected.setStackTrace(frames("io.netty.util.concurrent.SingleThreadEventExecutor",
                "io.vertx.sqlclient.impl.SocketConnectionBase"));
        var record = new LogRecord(Level.SEVERE,
                "Failed to submit a listener notification task. Event loop shut down?");
        record.setLoggerName("io.netty.util.concurrent.DefaultPromise.rejectedExecution");
        record.setThrown(rejected);
        assertTrue(filter.isLoggable(record));
    }

    private static LogRecord meterWarning(String message, Object... parameters) {
        var record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(KnownUpstreamNoise.METER_REGISTRY);
        record.setParameters(parameters);
        return record;
    }

    private static LogRecord uncaught(Throwable thrown) {
        var record = new LogRecord(Level.SEVERE, "Uncaught exception received by Vert.x");
        record.setThrown(thrown);
        return record;
    }

    private static IllegalStateException thrownAt(String message, String... classes) {
        var exception = new IllegalStateException(message);
        exception.setStackTrace(frames(classes));
        return exception;
    }

    private static StackTraceElement[] frames(String... classes) {
        var frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "run", null, -1);
        }
        return frames;
    }
}
