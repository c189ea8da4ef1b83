package dk.rodtraad.chassis.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Tidies a document's schemas: what no operation uses goes, and Jackson's tree type becomes "any JSON". */
final class Schemas {

    private static final String COMPONENT = "#/components/schemas/";
    private static final String JSON_NODE = "JsonNode";

    private Schemas() {
    }

    /**
     * A field typed {@code JsonNode} (an event's data on the timeline, as its schema in contracts describes it) is any
     * JSON value. SmallRye OpenAPI describes it as a bean with {@code empty}, {@code valueNode}, …, which a generated
     * client cannot use.
     */
    static void replaceJsonNode(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null
                || !document.getComponents().getSchemas().containsKey(JSON_NODE)) {
            return;
        }
        document.getComponents().removeSchema(JSON_NODE);
        for (Schema schema : List.copyOf(document.getComponents().getSchemas().values())) {
            replaceRefs(schema, COMPONENT + JSON_NODE);
        }
    }

    private static void replaceRefs(Schema schema, String ref) {
        if (schema.getProperties() != null) {
            for (var property : Map.copyOf(schema.getProperties()).entrySet()) {
                if (ref.equals(property.getValue().getRef())) {
                    schema.addProperty(property.getKey(), OASFactory.createSchema()
                            .description(property.getValue().getDescription() != null
                                    ? property.getValue().getDescription() : "Any JSON value"));
                } else {
                    replaceRefs(property.getValue(), ref);
                }
            }
        }
        if (schema.getItems() != null) {
            if (ref.equals(schema.getItems().getRef())) {
                schema.setItems(OASFactory.createSchema().description("Any JSON value"));
            } else {
                replaceRefs(schema.getItems(), ref);
            }
        }
    }

    /** Removes every component schema that nothing in the paths or the components' responses refers to. */
    static void removeUnused(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Deque<Schema> toVisit = new ArrayDeque<>();
        Consumer<Content> content = c -> {
            if (c != null) {
                c.getMediaTypes().values().forEach(m -> {
                    if (m.getSchema() != null) {
                        toVisit.add(m.getSchema());
                    }
                });
            }
        };
        Consumer<APIResponse> response = r -> {
            content.accept(r.getContent());
            if (r.getHeaders() != null) {
                r.getHeaders().values().forEach(h -> {
                    if (h.getSchema() != null) {
                        toVisit.add(h.getSchema());
                    }
                });
            }
        };
        for (Operation operation : Operations.all(document)) {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    if (parameter.getSchema() != null) {
                        toVisit.add(parameter.getSchema());
                    }
                    content.accept(parameter.getContent());
                }
            }
            if (operation.getRequestBody() != null) {
                content.accept(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response);
            }
        }
        if (document.getComponents().getResponses() != null) {
            document.getComponents().getResponses().values().forEach(response);
        }
        Set<String> used = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
                String name = schema.getRef().substring(COMPONENT.length());
                if (used.add(name) && schemas.containsKey(name)) {
                    toVisit.add(schemas.get(name));
                }
            }
            toVisit.addAll(children(schema));
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                document.getComponents().removeSchema(name);
            }
        }
    }

    private static List<Schema> children(Schema schema) {
        var children = new ArrayList<Schema>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())
                .filter(Objects::nonNull).forEach(children::addAll);
        if (schema.getNot() != null) {
            children.add(schema.getNot());
        }
        return children;
    }
}
