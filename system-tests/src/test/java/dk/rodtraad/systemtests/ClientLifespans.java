package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A client of the realm whose tokens, and if asked its sessions, live only as long as a test needs, through Keycloak's
 * admin API: the client's {@code access.token.lifespan}, which its ID tokens follow too, and
 * {@code client.session.idle.timeout}, which its refresh tokens follow (the end of a page's login). The client's
 * own values again when closed: an attribute it did not have is sent empty, which Keycloak takes as removed (one left
 * out of the update is kept, so a 24-second session outlived the test that set it and ended the next test's login).
 */
final class ClientLifespans implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKENS = "access.token.lifespan";
    static final String SESSION_IDLE = "client.session.idle.timeout";

    private final KeycloakAdmin admin;
    private final String clientUrl;
    private final ObjectNode client;
    private final Map<String, String> before = new HashMap<>();

    ClientLifespans(String keycloakUrl, String clientId, Duration tokens) throws Exception {
        this(keycloakUrl, clientId, Map.of(TOKENS, tokens));
    }

    ClientLifespans(String keycloakUrl, String clientId, Duration tokens, Duration sessionIdle) throws Exception {
        this(keycloakUrl, clientId, Map.of(TOKENS, tokens, SESSION_IDLE, sessionIdle));
    }

    private ClientLifespans(String keycloakUrl, String clientId, Map<String, Duration> lifespans) throws Exception {
        this.admin = new KeycloakAdmin(keycloakUrl);
        var found = JSON.readTree(admin.send(HttpRequest.newBuilder(admin.realm("/clients?clientId=" + clientId))));
        this.client = (ObjectNode) found.get(0);
        this.clientUrl = admin.realm("/clients/" + client.get("id").asText()).toString();
        var attributes = client.withObject("attributes");
        lifespans.forEach((attribute, lifespan) -> {
            before.put(attribute, attributes.path(attribute).asText(""));
            attributes.put(attribute, String.valueOf(lifespan.toSeconds()));
        });
        put();
    }

    @Override
    public void close() throws Exception {
        before.forEach(client.withObject("attributes")::put);
        put();
    }

    /** The attribute as Keycloak has it now; empty when the client has none. */
    String attribute(String name) throws Exception {
        return JSON.readTree(admin.send(HttpRequest.newBuilder(URI.create(clientUrl)))).path("attributes").path(name)
                .asText("");
    }

    private void put() throws Exception {
        admin.send(HttpRequest.newBuilder(URI.create(clientUrl)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }
}
