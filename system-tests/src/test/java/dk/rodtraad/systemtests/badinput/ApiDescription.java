package dk.rodtraad.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a service's operations from one of its OpenAPI documents: the API's ({@code /q/openapi}) or the pages'
 * ({@code /q/openapi-pages}), which together list every request the service takes (docs/api.md).
 */
public final class ApiDescription {

    /** The paths of a service's two documents: the API's and the pages'. */
    public static final List<String> DOCUMENTS = List.of("/q/openapi", "/q/openapi-pages");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;

    private ApiDescription(JsonNode document) {
        this.document = document;
    }

    static List<Operation> operations(String service, String openApiJson) throws Exception {
        return new ApiDescription(JSON.readTree(openApiJson)).operations(service);
    }

    private List<Operation> operations(String service) {
        var operations = new ArrayList<Operation>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            var pathParams = new ArrayList<String>();
            var queryParams = new ArrayList<String>();
            operation.path("parameters").forEach(parameter -> {
                switch (parameter.path("in").asText()) {
                    case "path" -> pathParams.add(parameter.get("name").asText());
                    case "query" -> queryParams.add(parameter.get("name").asText());
                    default -> { }
                }
            });
            String bodyType = null;
            JsonNode body = null;
            var content = operation.path("requestBody").path("content");
            if (content.size() > 0) {
                bodyType = content.fieldNames().next();
                body = resolve(content.get(bodyType).path("schema"), 0);
            }
            operations.add(new Operation(service, entry.getKey(), path.getKey(), pathParams, queryParams, bodyType,
                    body, roles(operation), answersHtml(operation)));
        }));
        return operations;
    }

    /** The schema with its references replaced by what they name, a few levels deep (enough for request bodies). */
    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return depth > 4 ? JSON.createObjectNode() : resolve(document.path("components").path("schemas").path(name), depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = JSON.createObjectNode();
            schema.get("properties").properties().forEach(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
            copy.set("properties", properties);
        }
        if (schema.has("items")) {
            copy.set("items", resolve(schema.get("items"), depth + 1));
        }
        return copy;
    }

    /** The roles that may call it, as the document lists them (x-roles; none: public). */
    private static Set<String> roles(JsonNode operation) {
        var roles = new LinkedHashSet<String>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static boolean answersHtml(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/html")) {
                return true;
            }
        }
        return false;
    }
}
