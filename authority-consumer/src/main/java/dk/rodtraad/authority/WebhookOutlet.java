package dk.rodtraad.authority;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Delivers each notification as the body of a POST to the case system's HTTPS endpoint, signed with the shared secret
 * ({@link WebhookSignature}). The event id travels as {@code webhook-id} and {@code Idempotency-Key}: Kafka delivers a
 * record again when the consumer stopped after the POST and before committing, and the case system keeps each id once.
 * Any answer but 2xx, and no answer, is a failure the consumer tries again later.
 */
final class WebhookOutlet implements Outlet {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final URI url;
    private final WebhookSignature signature;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    WebhookOutlet(URI url, WebhookSignature signature, Duration timeout, Clock clock) {
        if (!"https".equals(url.getScheme()) && !("http".equals(url.getScheme()) && isLoopback(url))) {
            throw new IllegalArgumentException("rodtraad.authority.webhook.url must be https (plain http only to a "
                    + "loopback address, for a test): " + url);
        }
        this.url = url;
        this.signature = signature;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Delivery deliver(Notification notification) throws IOException, InterruptedException {
        String id = notification.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature.sign(id, timestamp, notification.json()))
                .header("Idempotency-Key", id)
                .POST(HttpRequest.BodyPublishers.ofString(notification.json()))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return Delivery.DELIVERED;
    }

    private static boolean isLoopback(URI url) {
        try {
            return url.getHost() != null && InetAddress.getByName(url.getHost()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "webhook " + url;
    }
}
