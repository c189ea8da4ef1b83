package dk.rodtraad.chassis.outage;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures say only that the database or the network is away for now (InboxOutageTest sees them for real). */
class TransientFailureTest {

    @Test
    void theDatabaseOrTheNetworkAwayIsTransientHoweverDeepInTheCauses() {
        assertTrue(TransientFailure.is(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailure.is(new VertxException("Connection was closed", true)));
        assertTrue(TransientFailure.is(ClosedConnectionException.INSTANCE));
        assertTrue(TransientFailure.is(new NoStackTraceTimeoutException("Timeout")));
        assertTrue(TransientFailure.is(new VertxException("Timeout waiting for connection", true)));
        // The pool's wait for a free connection running out under overload: a message-only throwable.
        assertTrue(TransientFailure.is(io.vertx.core.Future.failedFuture("Timeout").cause()));
        // The pool closed as the service stops: Vert.x fails with a message-only throwable.
        assertTrue(TransientFailure.is(io.vertx.core.Future.failedFuture("Pool closed").cause()));
        assertTrue(TransientFailure.is(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size")));
        assertTrue(TransientFailure.is(new PgException("terminating connection due to administrator command",
                "FATAL", "57P01", null)));
        assertTrue(TransientFailure.is(new PgException("sorry, too many clients already", "FATAL", "53300", null)));
        assertTrue(TransientFailure.is(new JDBCConnectionException("error executing SQL statement",
                new SQLException("connection failure", "08006"))));
        assertTrue(TransientFailure.is(new SQLException("could not serialize access", "40001")));
    }

    /** A write to a connection its server has reset, as the PostgreSQL client's to a restarting server. */
    @Test
    void aSocketChannelsConnectionResetIsTransientAnotherIOExceptionIsNot() throws IOException {
        IOException reset;
        try (var server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             var client = SocketChannel.open(server.getLocalAddress())) {
            try (var accepted = server.accept()) {
                accepted.setOption(StandardSocketOptions.SO_LINGER, 0); // its close resets the connection
            }
            reset = assertThrows(IOException.class, () -> {
                for (int write = 0; write < 100; write++) {
                    client.write(ByteBuffer.allocate(1024));
                    Thread.sleep(10);
                }
            });
        }
        assertEquals(IOException.class, reset.getClass(), "a plain IOException, no SocketException: " + reset);
        assertTrue(TransientFailure.is(new CompletionException(reset)), reset.toString());
        assertFalse(TransientFailure.is(new IOException("Connection terminated reading multipart data")));
    }

    @Test
    void onlyThePoolRefusingOneMoreWaiterIsBusy() {
        assertTrue(TransientFailure.isBusy(new CompletionException(
                new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 100"))));
        assertFalse(TransientFailure.isBusy(new CompletionException(new ConnectException("Connection refused"))));
        assertFalse(TransientFailure.isBusy(new VertxException("Timeout waiting for connection", true)));
        assertFalse(TransientFailure.isBusy(new IllegalStateException("a bug")));
    }

    @Test
    void aBugOrAConstraintViolationIsNot() {
        assertFalse(TransientFailure.is(new IllegalStateException("a bug")));
        assertFalse(TransientFailure.is(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "pk")));
        assertFalse(TransientFailure.is(new PgException("unsupported Unicode escape sequence", "ERROR", "22P05", null)));
        assertFalse(TransientFailure.is(new VertxException("Something else")));
        assertFalse(TransientFailure.is(new IllegalStateException("Pool closed")));
    }
}
