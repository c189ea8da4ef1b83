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

/**
 * A client of the realm whose tokens live only as long as a test needs, through Keycloak's admin API (the client's
 * {@code access.token.lifespan}, which its ID tokens follow too), and the realm's lifespan again when closed. The test
 * stack's Keycloak has the embedded server's bootstrap administrator.
 */
final class ClientTokenLifespan implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LIFESPAN = "access.token.lifespan";

    /** Keycloak's master realm's administrator: the admin console's own public client, by the password grant. */
    private final String adminToken;
    private final String clientUrl;
    private final ObjectNode client;

    ClientTokenLifespan(String keycloakUrl, String clientId, Duration lifespan) throws Exception {
        this.adminToken = Tokens.password(keycloakUrl + "/realms/master", "admin-cli", "", "admin", "admin");
        String clients = keycloakUrl + "/admin/realms/" + DemoUsers.REALM + "/clients";
        var found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))));
        this.client = (ObjectNode) found.get(0);
        this.clientUrl = clients + "/" + client.get("id").asText();
        client.withObject("attributes").put(LIFESPAN, String.valueOf(lifespan.toSeconds()));
        put();
    }

    @Override
    public void close() throws Exception {
        client.withObject("attributes").remove(LIFESPAN);
        put();
    }

    private void put() throws Exception {
        send(HttpRequest.newBuilder(URI.create(clientUrl)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = HTTP.send(request.header("Authorization", "Bearer " + adminToken).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
