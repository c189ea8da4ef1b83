package dk.rodtraad.testkit.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.DemoUsers;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Whether a running service guards each operation of a document as the document says ({@code security} and
 * {@code x-roles}, docs/api.md), its API's or its pages': one the document calls public ({@code security: []})
 * answers without a login; any other asks for a login (401: the call is no browser's, so it is not sent to Keycloak),
 * and one that names roles refuses a demo user who has none of them (403). Each operation is called with its path's
 * ids made up and a body of its own type that says nothing, so a request is refused before it could change anything.
 */
final class DocumentedRoles {

    private static final List<String> USERS = List.of(DemoUsers.HANNE, DemoUsers.METTE, DemoUsers.DORTE,
            DemoUsers.KARIN, DemoUsers.ANDERS, DemoUsers.IDA, DemoUsers.LONE);

    private DocumentedRoles() {
    }

    /** The operations guarded otherwise than the document says, each with what it answered; empty when none is. */
    static List<String> faults(JsonNode document, String clientId) {
        Map<String, Set<String>> rolesByUser = new LinkedHashMap<>();
        USERS.forEach(user -> rolesByUser.put(user, rolesIn(ServiceTokens.reused(clientId, user))));
        var faults = new ArrayList<String>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            JsonNode operation = entry.getValue();
            Set<String> roles = new HashSet<>();
            operation.path("x-roles").forEach(role -> roles.add(role.asText()));
            boolean open = operation.path("security").isArray() && operation.path("security").isEmpty();
            String address = address(path.getKey(), operation);
            String name = method + " " + path.getKey();
            int anonymous = call(request(operation), method, address);
            if (open == (anonymous == 401)) {
                faults.add(name + (open ? ": public, yet " : ": for " + (roles.isEmpty() ? "anyone logged in" : roles)
                        + ", yet without a login ") + anonymous);
            }
            Optional<String> outsider = rolesByUser.entrySet().stream()
                    .filter(user -> !roles.isEmpty() && Collections.disjoint(user.getValue(), roles))
                    .map(Map.Entry::getKey).findFirst();
            outsider.ifPresent(user -> {
                int answered = call(request(operation).auth().oauth2(ServiceTokens.reused(clientId, user)), method,
                        address);
                if (answered != 403) {
                    faults.add(name + ": for " + roles + ", yet " + user + " " + rolesByUser.get(user) + " got "
                            + answered);
                }
            });
        }));
        return faults;
    }

    /** The path with a made-up id of the right form for each of its parameters. */
    private static String address(String template, JsonNode operation) {
        String address = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                JsonNode schema = parameter.path("schema");
                String value = schema.path("type").asText().equals("integer") ? "1"
                        : schema.path("format").asText().equals("uuid") ? UUID.randomUUID().toString() : "x";
                address = address.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        return address;
    }

    /** A request with a body of the type the operation reads, if it reads one: routing asks for the type first. */
    private static RequestSpecification request(JsonNode operation) {
        var request = given().redirects().follow(false).accept("*/*");
        var types = operation.path("requestBody").path("content").fieldNames();
        if (!types.hasNext()) {
            return request;
        }
        String type = types.next();
        if (type.startsWith("multipart/")) {
            return request.multiPart("fil", "tom.csv", new byte[0], "text/csv");
        }
        return request.contentType(type).body(type.contains("json") ? "{}" : "");
    }

    private static int call(RequestSpecification request, String method, String address) {
        return request.when().request(method, address).then().extract().statusCode();
    }

    private static Set<String> rolesIn(String token) {
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            var roles = new HashSet<String>();
            claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
            return roles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
