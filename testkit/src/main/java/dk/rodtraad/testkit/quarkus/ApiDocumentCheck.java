package dk.rodtraad.testkit.quarkus;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every operation of a service's API document ({@code /q/openapi}) must have, so that a new endpoint cannot
 * forget it (docs/api.md): an operation id used once, a tag, who may call it (the login with its roles in
 * {@code x-roles}, or an empty requirement for a public one), and its errors as the shared problem responses. No page
 * and no framework type belongs in it. Returns the faults found, one line each; none when the document is sound.
 */
final class ApiDocumentCheck {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private ApiDocumentCheck() {
    }

    static List<String> faults(JsonNode document) {
        var faults = new ArrayList<String>();
        var ids = new HashSet<String>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                faults.add(name + ": no operationId");
            } else if (!ids.add(id)) {
                faults.add(name + ": operationId " + id + " used twice");
            }
            if (operation.path("tags").isEmpty()) {
                faults.add(name + ": no tag");
            }
            faults.addAll(securityFaults(name, operation));
            faults.addAll(responseFaults(document, name, path.getKey(), operation));
        }));
        JsonNode schemas = document.path("components").path("schemas");
        for (String field : List.of("type", "title", "status", "detail", "errors")) {
            if (!schemas.path("Problem").path("properties").has(field)) {
                faults.add("the Problem schema has no field " + field);
            }
        }
        for (String internal : List.of("JsonNode", "TemplateInstance", "Engine", "EngineImpl", "AtomicLong", "Charset")) {
            if (schemas.has(internal)) {
                faults.add("the schema " + internal + " is no part of the API");
            }
        }
        if (document.path("servers").isEmpty()) {
            faults.add("no servers");
        }
        return faults;
    }

    private static List<String> securityFaults(String name, JsonNode operation) {
        JsonNode security = operation.get("security");
        JsonNode roles = operation.get("x-roles");
        if (security == null || !security.isArray() || roles == null || !roles.isArray()) {
            return List.of(name + ": says neither who may call it (security, x-roles) nor that it is public");
        }
        var faults = new ArrayList<String>();
        if (security.isEmpty() != roles.isEmpty()) {
            faults.add(name + ": security and x-roles disagree on whether it is public");
        }
        security.forEach(requirement -> requirement.properties().forEach(scheme -> {
            if (!scheme.getValue().isEmpty()) {
                faults.add(name + ": lists " + scheme.getValue() + " as scopes; roles belong in x-roles");
            }
        }));
        roles.forEach(role -> {
            if (role.asText().contains("${")) {
                faults.add(name + ": an unresolved role " + role.asText());
            }
        });
        return faults;
    }

    private static List<String> responseFaults(JsonNode document, String name, String path, JsonNode operation) {
        var faults = new ArrayList<String>();
        JsonNode responses = operation.path("responses");
        var expected = new ArrayList<>(List.of("503"));
        if (!operation.path("security").isEmpty()) {
            expected.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            expected.addAll(List.of("400", "404"));
        }
        if (operation.has("requestBody")) {
            expected.addAll(List.of("400", "413"));
        }
        for (String status : expected) {
            if (!responses.has(status)) {
                faults.add(name + ": does not declare its " + status);
            }
        }
        responses.properties().forEach(response -> {
            JsonNode answer = resolve(document, response.getValue());
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                String schema = answer.path("content").path("application/problem+json").path("schema").path("$ref")
                        .asText("");
                if (!schema.equals(PROBLEM)) {
                    faults.add(name + ": its " + response.getKey() + " is not application/problem+json with Problem");
                }
            }
            if (answer.path("content").has("text/html")) {
                faults.add(name + ": answers HTML: a page, not the API");
            }
        });
        if (responses.properties().stream().noneMatch(response -> response.getKey().startsWith("2"))) {
            faults.add(name + ": no success response");
        }
        return faults;
    }

    private static JsonNode resolve(JsonNode document, JsonNode response) {
        String ref = response.path("$ref").asText("");
        if (ref.startsWith("#/components/responses/")) {
            return document.path("components").path("responses").path(ref.substring("#/components/responses/".length()));
        }
        return response;
    }
}
