package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whether an object is what the cluster would take, field for field. Kubernetes' own kinds are read into fabric8's
 * model, which refuses a wrong type and keeps a field it does not know aside, where this check finds it. An
 * operator's kind is checked against the {@code openAPIV3Schema} of its CRD in deploy/kubernetes/crds, with every
 * object that lists its properties closed to others: the API server would silently prune an unknown field (a
 * misspelt {@code replcas} would simply be gone), so here it is an error.
 */
final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> KUBERNETES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/Secret", Secret.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private final Map<String, Schema> operators = new HashMap<>();

    /** Every CRD file in the folder, each version it serves. */
    Schemas(Path crds) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        try (Stream<Path> files = Files.list(crds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (ObjectNode crd : Yaml.documents(file)) {
                    JsonNode spec = crd.path("spec");
                    for (JsonNode version : spec.path("versions")) {
                        JsonNode schema = closed(withObjectMeta(version.path("schema").path("openAPIV3Schema").deepCopy()));
                        operators.put(spec.path("group").asText() + "/" + version.path("name").asText() + "/"
                                + spec.path("names").path("kind").asText(), registry.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the object; empty when nothing is. */
    List<String> problems(ObjectNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String name = type + " " + object.path("metadata").path("name").asText() + ": ";
        if (operators.containsKey(type)) {
            return operators.get(type).validate(object).stream().map(error -> name + error).toList();
        }
        if (!KUBERNETES.containsKey(type)) {
            return List.of(name + "a kind neither Kubernetes' model here nor a vendored CRD knows");
        }
        try {
            var problems = new ArrayList<String>();
            unknownFields(JSON.treeToValue(object, KUBERNETES.get(type)), name.strip(), problems);
            return problems;
        } catch (IOException e) {
            return List.of(name + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Every object has these, whether its CRD's schema lists them (Strimzi's, CloudNativePG's) or not (Keycloak's). */
    private static ObjectNode withObjectMeta(ObjectNode schema) {
        ObjectNode properties = schema.with("properties");
        properties.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
        properties.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
        properties.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
        return schema;
    }

    /** Closes every object schema that lists its properties and does not say it keeps unknown fields. */
    private static JsonNode closed(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.path("properties").forEach(Schemas::closed);
            Stream.of("items", "additionalProperties").map(object::get).forEach(Schemas::closed);
            Stream.of("allOf", "anyOf", "oneOf").map(object::path).forEach(list -> list.forEach(Schemas::closed));
        }
        return schema;
    }

    /** fabric8's classes keep a field they do not know in {@code additionalProperties}: any there is a typo. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems));
        } else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                        || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object field = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) field).keySet().forEach(key -> problems.add(path + ": unknown field '" + key + "'"));
                } else {
                    unknownFields(field, path + "." + getter.getName().substring(3), problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }
}
