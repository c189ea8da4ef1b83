package dk.rodtraad.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Keycloak's admin API as the test stack's bootstrap administrator, for what a test changes in the realm. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String keycloakUrl;

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** The realm's admin address of {@code path}, e.g. {@code /clients}. */
    URI realm(String path) {
        return URI.create(keycloakUrl + "/admin/realms/" + DemoUsers.REALM + path);
    }

    /** Ends every session of the user, as an administrator does, or as a logout in another service ends hers. */
    void endSessionsOf(String username) throws IOException, InterruptedException {
        var found = new ObjectMapper().readTree(send(HttpRequest.newBuilder(realm("/users?exact=true&username="
                + username))));
        send(HttpRequest.newBuilder(realm("/users/" + found.get(0).get("id").asText() + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // Keycloak's master realm's administrator, through the admin console's own public client; a token for each
        // call, since one lives a minute and a test may hold a change longer.
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
