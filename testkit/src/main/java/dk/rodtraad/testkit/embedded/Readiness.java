package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.StackConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for a server to answer, instead of sleeping for a guessed time. Every server the testkit starts (PostgreSQL,
 * Kafka, Keycloak, the services) gets the same generous {@link #deadline()}: on a loaded machine a start takes longer
 * and the tests get slower, not red. A server that dies while it is awaited fails at once.
 */
public final class Readiness {

    /** How long a start may take before it fails: {@code rodtraad.readiness.deadline} (ISO-8601, default 5 minutes). */
    public static Duration deadline() {
        return Duration.parse(StackConfig.setting("rodtraad.readiness.deadline", "PT5M"));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    public static boolean await(BooleanSupplier ready, Duration timeout, ProcessHandle process) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (process != null && !process.isAlive()) {
                return false;
            }
            ManagedProcess.sleep(Duration.ofMillis(250));
        }
        return false;
    }

    public static boolean portOpen(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean httpOk(String url) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
