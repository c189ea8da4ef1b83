package dk.rodtraad.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the real Keycloak, for tests and scripts. */
public final class Tokens {

    /** A token request gives up after a minute, so a Keycloak that never answers fails a test with a reason. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An access token and the moment Keycloak said it stops being valid. */
    public record AccessToken(String value, Instant expiresAt) {

        public boolean validAt(Instant moment) {
            return moment.isBefore(expiresAt);
        }
    }

    /** A token for a user by the password grant (the demo realm allows it for its clients). */
    public static String password(String realmUrl, String clientId, String clientSecret, String username,
            String password) {
        return passwordGrant(realmUrl, clientId, clientSecret, username, password).value();
    }

    /** As {@link #password}, with the token's lifespan (counted from before the request, so never too long). */
    public static AccessToken passwordGrant(String realmUrl, String clientId, String clientSecret, String username,
            String password) {
        Instant asked = Instant.now();
        var form = Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                "username", username, "password", password, "scope", "openid");
        var request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            var answer = JSON.readTree(response.body());
            return new AccessToken(answer.get("access_token").asText(),
                    asked.plusSeconds(answer.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak cannot be reached at " + realmUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Tokens() {
    }
}
