package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The objects an overlay stands for, read the way {@code kubectl kustomize} reads it, for the subset deploy/kubernetes
 * uses: {@code resources} (files and folders with a kustomization of their own), {@code namespace},
 * {@code secretGenerator} and {@code configMapGenerator} without name suffixes, {@code images} (what
 * {@code kustomize edit set image} writes), and {@code patches} that are partial
 * objects merged into the object of the same kind and name (maps merged, lists replaced). Anything else in a
 * kustomization fails the read, so this never silently sees less than kustomize does. A generator's keys come from
 * its literals and its env files, or, where an env file is the site's and not committed, from the file's
 * {@code .example} beside it; a generator's files need not be there.
 */
final class Kustomization {

    private static final List<String> UNDERSTOOD = List.of("apiVersion", "kind", "namespace", "resources",
            "secretGenerator", "configMapGenerator", "generatorOptions", "patches", "labels", "images");

    static List<ObjectNode> build(Path folder) {
        ObjectNode kustomization = Yaml.documents(folder.resolve("kustomization.yaml")).getFirst();
        for (Iterator<String> it = kustomization.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!UNDERSTOOD.contains(field)) {
                throw new IllegalStateException(folder + ": the check does not understand '" + field + "'");
            }
        }
        var objects = new ArrayList<ObjectNode>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        boolean generates = kustomization.has("secretGenerator") || kustomization.has("configMapGenerator");
        if (generates && !kustomization.path("generatorOptions").path("disableNameSuffixHash").asBoolean()) {
            // Kustomize rewrites a suffixed name only in the Kubernetes fields it knows, not in an operator's resource.
            throw new IllegalStateException(folder + ": generators need generatorOptions.disableNameSuffixHash: true");
        }
        kustomization.path("secretGenerator").forEach(generator -> objects.add(generated("Secret", folder, generator)));
        kustomization.path("configMapGenerator").forEach(generator -> objects.add(generated("ConfigMap", folder, generator)));
        for (JsonNode patch : kustomization.path("patches")) {
            for (ObjectNode partial : Yaml.documents(folder.resolve(patch.path("path").asText()))) {
                merge(target(objects, partial, folder), partial);
            }
        }
        for (JsonNode label : kustomization.path("labels")) {
            if (label.path("includeSelectors").asBoolean() || label.path("includeTemplates").asBoolean()) {
                throw new IllegalStateException(folder + ": labels only on the objects' own metadata");
            }
            objects.forEach(object -> label.path("pairs").fields().forEachRemaining(pair ->
                    ((ObjectNode) object.with("metadata").with("labels")).set(pair.getKey(), pair.getValue())));
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> object.path("spec").path("template").path("spec").path("containers")
                    .forEach(container -> retag((ObjectNode) container, image)));
        }
        if (kustomization.has("namespace")) {
            objects.forEach(object -> object.with("metadata").put("namespace", kustomization.get("namespace").asText()));
        }
        return objects;
    }

    private static void retag(ObjectNode container, JsonNode image) {
        String current = container.path("image").asText();
        String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
        if (name.equals(image.path("name").asText())) {
            String tag = image.has("newTag") ? image.get("newTag").asText()
                    : current.substring(current.lastIndexOf(':') + 1);
            container.put("image", image.path("newName").asText(name) + ":" + tag);
        }
    }

    private static ObjectNode generated(String kind, Path folder, JsonNode generator) {
        ObjectNode object = Yaml.MAPPER.createObjectNode();
        object.put("apiVersion", "v1").put("kind", kind);
        object.putObject("metadata").put("name", generator.path("name").asText());
        if (kind.equals("Secret")) {
            object.put("type", generator.path("type").asText("Opaque"));
        }
        ObjectNode data = object.putObject("data");
        for (JsonNode literal : generator.path("literals")) {
            String[] keyValue = literal.asText().split("=", 2);
            data.put(keyValue[0], keyValue[1]);
        }
        for (JsonNode env : generator.path("envs")) {
            Path file = folder.resolve(env.asText());
            Path read = Files.exists(file) ? file : file.resolveSibling(file.getFileName() + ".example");
            Yaml.read(read).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> data.put(line.substring(0, line.indexOf('=')), "(from " + read.getFileName() + ")"));
        }
        for (JsonNode file : generator.path("files")) {
            String entry = file.asText();
            data.put(entry.contains("=") ? entry.substring(0, entry.indexOf('=')) : Path.of(entry).getFileName().toString(),
                    "(the file " + entry.substring(entry.indexOf('=') + 1) + ")");
        }
        return object;
    }

    private static ObjectNode target(List<ObjectNode> objects, ObjectNode partial, Path folder) {
        return objects.stream()
                .filter(object -> object.path("kind").equals(partial.path("kind"))
                        && object.path("metadata").path("name").equals(partial.path("metadata").path("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(folder + ": a patch for no object: "
                        + partial.path("kind").asText() + " " + partial.path("metadata").path("name").asText()));
    }

    /** A strategic merge of maps; a list in the patch replaces the list it meets. */
    static void merge(ObjectNode into, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            var field = it.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode patchObject) {
                merge(existingObject, patchObject);
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private Kustomization() {
    }
}
