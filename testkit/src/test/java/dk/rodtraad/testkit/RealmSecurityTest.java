package dk.rodtraad.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo realm (deploy/keycloak/rodtraad-realm.json) guards its logins as a production realm would, apart from
 * the password grant its clients keep for tests and scripts: tokens name the service they are for, guessing a
 * password locks the account, a weak password is refused, and Keycloak's own public client gives no tokens. The
 * production template (rodtraad-realm-production.json) imports into the same Keycloak and gives no token for a
 * password at all.
 */
class RealmSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = "concern-service";

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = OneTestStack.started();
    }

    @Test
    void aTokenNamesTheServiceItWasIssuedForAsItsAudience() throws Exception {
        String token = Tokens.password(infrastructure.realmUrl(), CLIENT, DemoClients.secret(CLIENT), DemoUsers.HANNE,
                DemoUsers.PASSWORD);
        JsonNode audience = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("aud");
        assertTrue(audience != null && audience.toString().contains("\"" + CLIENT + "\""), "aud: " + audience);
        assertTrue(!audience.toString().contains("catalogue-service"), "aud: " + audience);
    }

    @Test
    void aTokenLivesTheRealmsFifteenMinutesAndSaysSoToTheTokenCache() {
        Instant before = Instant.now();
        var token = Tokens.passwordGrant(infrastructure.realmUrl(), CLIENT, DemoClients.secret(CLIENT),
                DemoUsers.HANNE, DemoUsers.PASSWORD);
        Instant after = Instant.now();
        Duration lifespan = Duration.ofMinutes(15);
        assertTrue(!token.expiresAt().isBefore(before.plus(lifespan)) && !token.expiresAt().isAfter(after.plus(lifespan)),
                "expires at " + token.expiresAt() + ", asked between " + before + " and " + after);
    }

    @Test
    void guessingAPasswordLocksTheAccountEvenForTheRightPassword() throws Exception {
        String username = "gaetter-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Rigtig-adgangskode-" + UUID.randomUUID();
        assertEquals(201, createUser(username, password).statusCode());
        assertEquals(200, passwordGrant(CLIENT, username, password).statusCode(), "the right password works at first");

        for (int attempt = 0; attempt < 12; attempt++) {
            assertEquals(401, passwordGrant(CLIENT, username, "forkert-" + attempt).statusCode());
        }

        // Keycloak tells a locked account's caller nothing more than "invalid credentials", by design.
        var afterGuessing = passwordGrant(CLIENT, username, password);
        assertEquals(401, afterGuessing.statusCode(), afterGuessing.body());
        assertTrue(afterGuessing.body().contains("invalid_grant"), afterGuessing.body());
    }

    @Test
    void aWeakPasswordIsRefused() throws Exception {
        String username = "svag-" + UUID.randomUUID().toString().substring(0, 8);
        var response = createUser(username, "kort");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("invalidPasswordMinLength"), response.body());
        assertEquals(400, createUser(username + "b", username + "b").statusCode(), "the username as password");
    }

    @Test
    void keycloaksOwnPublicClientGivesNoTokenForAPassword() throws Exception {
        var response = passwordGrant("admin-cli", DemoUsers.HANNE, DemoUsers.PASSWORD);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("unauthorized_client"), response.body());
    }

    @Test
    void theProductionTemplateImportsAndGivesNoTokenForAPassword() throws Exception {
        String realm = "produktion-" + UUID.randomUUID().toString().substring(0, 8);
        String template = Files.readString(StackConfig.repositoryRoot()
                .resolve("deploy/keycloak/rodtraad-realm-production.json"));
        // What Keycloak's --import-realm takes from the environment, the admin API must be given; and the test
        // Keycloak speaks plain HTTP on loopback, which "sslRequired": "all" would refuse.
        String filled = template.replace("\"realm\": \"rodtraad\"", "\"realm\": \"" + realm + "\"")
                .replace("\"sslRequired\": \"all\"", "\"sslRequired\": \"external\"")
                .replaceAll("\\$\\{RODTRAAD_[A-Z_]+_URL}", "https://rodtraad.kommune.example")
                .replaceAll("\\$\\{RODTRAAD_[A-Z_]+_CLIENT_SECRET}", "produktions-hemmelighed");
        var imported = HTTP.send(HttpRequest.newBuilder(URI.create(infrastructure.keycloakUrl() + "/admin/realms"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(filled)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, imported.statusCode(), imported.body());
        assertTrue(template.contains("\"sslRequired\": \"all\""), "production requires HTTPS everywhere");

        String realmUrl = infrastructure.keycloakUrl() + "/realms/" + realm;
        var passwordGrant = post(realmUrl + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", CLIENT, "client_secret", "produktions-hemmelighed", "username", "x", "password", "y"));
        assertEquals(400, passwordGrant.statusCode(), passwordGrant.body());
        assertTrue(passwordGrant.body().contains("unauthorized_client"), passwordGrant.body());
        var serviceAccount = post(realmUrl + "/protocol/openid-connect/token", Map.of("grant_type",
                "client_credentials", "client_id", CLIENT, "client_secret", "produktions-hemmelighed"));
        assertEquals(200, serviceAccount.statusCode(), "concern-service still reads its colleagues: " + serviceAccount.body());

        var settings = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(infrastructure.keycloakUrl()
                        + "/admin/realms/" + realm)).header("Authorization", "Bearer " + adminToken()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertTrue(settings.get("bruteForceProtected").asBoolean());
        assertTrue(settings.get("passwordPolicy").asText().contains("length(12)"), settings.get("passwordPolicy").asText());
    }

    private static HttpResponse<String> passwordGrant(String client, String username, String password) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        if (!client.equals("admin-cli")) {
            form.put("client_secret", DemoClients.secret(client));
        }
        form.put("username", username);
        form.put("password", password);
        return post(infrastructure.realmUrl() + "/protocol/openid-connect/token", form);
    }

    private static HttpResponse<String> createUser(String username, String password) throws Exception {
        var user = Map.of("username", username, "enabled", true, "firstName", "Test", "lastName", "Person",
                "email", username + "@rodtraad.example",
                "credentials", new Object[] {Map.of("type", "password", "value", password, "temporary", false)});
        var request = HttpRequest.newBuilder(URI.create(infrastructure.keycloakUrl() + "/admin/realms/"
                        + DemoUsers.REALM + "/users"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String adminToken() throws Exception {
        var response = post(infrastructure.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
