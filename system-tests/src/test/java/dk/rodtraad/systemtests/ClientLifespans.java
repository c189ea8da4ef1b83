package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A client of the realm whose tokens, and if asked its sessions, live only as long as a test needs, through Keycloak's
 * admin API: the client's {@code access.token.lifespan}, which its ID tokens follow too, and
 * {@code client.session.idle.timeout}, which its refresh tokens follow (the end of a page's login). The realm's
 * lifespans again when closed. The test stack's Keycloak has the embedded server's bootstrap administrator.
 */
final class ClientLifespans implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKENS = "access.token.lifespan";
    private static final String SESSION_IDLE = "client.session.idle.timeout";

    private final String keycloakUrl;
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
        this.keycloakUrl = keycloakUrl;
        String clients = keycloakUrl + "/admin/realms/" + DemoUsers.REALM + "/clients";
        var found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))));
        this.client = (ObjectNode) found.get(0);
        this.clientUrl = clients + "/" + client.get("id").asText();
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
        send(HttpRequest.newBuilder(URI.create(clientUrl)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // Keycloak's master realm's administrator, through the admin console's own public client; a token for each
        // call, since one lives a minute and a test may hold the lifespans longer.
        String admin = Tokens.password(keycloakUrl + "/realms/master", "admin-cli", "", "admin", "admin");
        var response = HTTP.send(request.header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
