package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.ConcernRequests;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client that goes away with its request in flight (issue 18): the request's transaction and session end quietly.
 * Clients send concerns and close their connections without waiting for the answer; concern-service's log must then
 * show no ERROR (no "Mutiny had to drop …", no "Live transaction detected"), and the service goes on answering.
 */
class CancelledRequestsIT {

    private static final int CLIENTS = 40;
    private final TheSystem system = TheSystem.shared();

    @Test
    void clientsThatHangUpMidRequestLeaveNoErrorBehind() throws Exception {
        var nurse = system.as(DemoUsers.HANNE);
        String token = nurse.token(StackConfig.CONCERN);
        var log = LogSince.now(system.log(StackConfig.CONCERN));
        var json = new ObjectMapper();
        URI concerns = URI.create(system.url(StackConfig.CONCERN));

        var hangUps = new ArrayList<Callable<Void>>();
        for (int i = 0; i < CLIENTS; i++) {
            // Each waits a little longer before hanging up, so some requests are cut off in every stage of their work.
            long pause = i;
            byte[] body = json.writeValueAsBytes(ConcernRequests.concern(TheSystem.uniqueCpr(), TheSystem.CHILD_NAME,
                    "trist", "yellow", "skole", LocalDate.now().minusDays(1), "Virker trist.", DemoUsers.HANNE, null));
            hangUps.add(() -> hangUpDuring(concerns, token, body, Duration.ofMillis(pause)));
        }
        try (var clients = Executors.newFixedThreadPool(8)) {
            for (var done : clients.invokeAll(hangUps)) {
                done.get();
            }
        }

        // The service still answers; the requests the clients left get a few seconds to end (or to log their errors).
        nurse.recordConcern(TheSystem.uniqueCpr(), "yellow");
        Thread.sleep(3_000);
        assertEquals(List.of(), log.written().stream().filter(line -> line.contains(" ERROR ")
                || line.contains("Mutiny had to drop") || line.contains("HR000090")).toList());
    }

    private static Void hangUpDuring(URI service, String token, byte[] body, Duration pause) throws IOException,
            InterruptedException {
        try (var socket = new Socket(service.getHost(), service.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /concerns HTTP/1.1\r\nHost: " + service.getHost() + ":" + service.getPort() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(pause.toMillis());
            socket.setSoLinger(true, 0);
        }
        return null;
    }
}
