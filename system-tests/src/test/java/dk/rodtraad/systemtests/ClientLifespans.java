package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A client of the realm whose tokens, and if asked its sessions, live only as long as a test needs, through Keycloak's
 * admin API: the client's {@code access.token.lifespan}, which its ID tokens follow too, and
 * {@code client.session.idle.timeout}, which its refresh tokens follow (the end of a page's login). The realm's
 * lifespans again when closed.
 */
final class ClientLifespans implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKENS = "access.token.lifespan";
    private static final String SESSION_IDLE = "client.session.idle.timeout";

    private final KeycloakAdmin admin;
    private final String clientUrl;
    private final ObjectNode client;
    private final Set<String> attributes;

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
        this.attributes = lifespans.keySet();
        lifespans.forEach((attribute, lifespan) ->
                client.withObject("attributes").put(attribute, String.valueOf(lifespan.toSeconds())));
        put();
    }

    @Override
    public void close() throws Exception {
        attributes.forEach(client.withObject("attributes")::remove);
        put();
    }

    private void put() throws Exception {
        admin.send(HttpRequest.newBuilder(URI.create(clientUrl)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }
}
