package dk.rodtraad.chassis.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that holds every connection a service takes ({@code quarkus.http.limits.max-connections}, here 20) gets no
 * more: a further connection is closed unanswered, and the service still has what it needs to answer once the client
 * lets go. Without the cap one client held every file descriptor of the process.
 */
@QuarkusTest
@TestProfile(ConnectionLimitTest.TwentyConnections.class)
class ConnectionLimitTest {

    private static final int MOST = 20;
    private static final String REQUEST = "GET /q/health/live HTTP/1.1\r\nHost: rodtraad\r\n";

    public static class TwentyConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-connections", String.valueOf(MOST));
        }
    }

    @TestHTTPResource("/")
    URI service;

    /**
     * Each held connection is known to be the service's by its answer (and kept open); another client's connection,
     * e.g. the test framework's, may hold one of the twenty too, so the client here may get fewer, never more.
     */
    @Test
    void aClientHoldingEveryConnectionGetsNoMoreAndTheServiceAnswersOnceItLetsGo() throws Exception {
        List<Socket> held = new ArrayList<>();
        int answered = 0;
        try {
            for (int i = 0; i < MOST + 5; i++) {
                Socket socket = connect();
                held.add(socket);
                if (answeredKeepingOpen(socket)) {
                    answered++;
                }
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        assertTrue(answered <= MOST && answered < held.size(),
                answered + " of " + held.size() + " connections held at once were answered");

        boolean answers = false;
        for (int attempt = 0; attempt < 50 && !answers; attempt++) {
            Thread.sleep(100); // the service counts a connection closed as its event loop learns of it
            try (Socket socket = connect()) {
                answers = answeredKeepingOpen(socket);
            }
        }
        assertTrue(answers, "the service answers once the client let go");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(service.getHost(), service.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Whether the service answers 200 on the connection, which stays open; false when the service closed it. */
    private static boolean answeredKeepingOpen(Socket socket) {
        try {
            socket.getOutputStream().write((REQUEST + "\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = headOf(in);
            if (!head.startsWith("HTTP/1.1 200")) {
                return false;
            }
            int length = head.lines().map(line -> line.toLowerCase(Locale.ROOT))
                    .filter(line -> line.startsWith("content-length:"))
                    .mapToInt(line -> Integer.parseInt(line.substring("content-length:".length()).strip()))
                    .findFirst().orElse(0);
            return in.readNBytes(length).length == length;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The status line and headers, up to the empty line; what came before the end when the connection closed. */
    private static String headOf(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String read = head.toString(StandardCharsets.US_ASCII);
            if (read.endsWith("\r\n\r\n")) {
                return read;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
