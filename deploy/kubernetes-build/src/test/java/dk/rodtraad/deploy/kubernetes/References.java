package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name one object of an overlay gives another must be there: a Secret, ConfigMap or volume claim a pod reads;
 * the Kafka cluster, database cluster and Keycloak an address or a resource points at; the topic of every ACL; the
 * owner of every database; the pods a selector, autoscaler or network policy means. Objects the operators make are
 * counted from what makes them (Strimzi: a Secret per KafkaUser and the cluster's CA Secret; CloudNativePG: the
 * cluster's {@code -ca} Secret, its {@code -rw} Service and its pods; the Keycloak operator: its pods).
 */
final class References {

    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final List<Map<String, String>> podLabels = new ArrayList<>();
    private final List<ObjectNode> objects;
    private final List<String> problems = new ArrayList<>();

    References(List<ObjectNode> objects) {
        this.objects = objects;
        for (ObjectNode object : objects) {
            String name = nameOf(object);
            switch (object.path("kind").asText()) {
                case "Kafka" -> {
                    add("Secret", name + "-cluster-ca-cert", "ca.crt", "ca.p12", "ca.password");
                    add("Service", name + "-kafka-bootstrap");
                    podLabels.add(Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka"));
                }
                case "KafkaUser" -> add("Secret", name, "password", "sasl.jaas.config");
                case "Cluster" -> {
                    add("Secret", name + "-ca", "ca.crt");
                    add("Service", name + "-rw");
                    podLabels.add(Map.of("cnpg.io/cluster", name));
                }
                case "Keycloak" -> podLabels.add(Map.of("app", "keycloak", "app.kubernetes.io/instance", name));
                case "Deployment" -> podLabels.add(strings(object.path("spec").path("template").path("metadata").path("labels")));
                default -> {
                }
            }
            var dataKeys = new ArrayList<String>();
            object.path("data").fieldNames().forEachRemaining(dataKeys::add);
            object.path("stringData").fieldNames().forEachRemaining(dataKeys::add);
            add(object.path("kind").asText(), name, dataKeys.toArray(String[]::new));
        }
    }

    /** Every reference that leads nowhere, in words; empty when all are there. */
    List<String> problems() {
        problems.clear();
        for (ObjectNode object : objects) {
            String where = object.path("kind").asText() + " " + nameOf(object) + ": ";
            switch (object.path("kind").asText()) {
                case "Deployment" -> deployment(where, object.path("spec").path("template").path("spec"));
                case "Service", "PodDisruptionBudget" -> selects(where, object.path("spec").path("selector").has("matchLabels")
                        ? object.path("spec").path("selector").path("matchLabels") : object.path("spec").path("selector"));
                case "HorizontalPodAutoscaler" -> need(where, "Deployment", object.path("spec").path("scaleTargetRef").path("name").asText());
                case "NetworkPolicy" -> networkPolicy(where, object.path("spec"));
                case "KafkaTopic", "KafkaUser", "KafkaNodePool" -> need(where, "Kafka", object.path("metadata").path("labels").path("strimzi.io/cluster").asText());
                case "Database" -> database(where, object.path("spec"));
                case "Cluster" -> cluster(where, object.path("spec"));
                case "ObjectStore" -> object.path("spec").path("configuration").path("s3Credentials")
                        .forEach(credential -> secretKey(where, credential));
                case "ScheduledBackup" -> need(where, "Cluster", object.path("spec").path("cluster").path("name").asText());
                case "Keycloak" -> keycloak(where, object.path("spec"));
                case "KeycloakRealmImport" -> {
                    need(where, "Keycloak", object.path("spec").path("keycloakCRName").asText());
                    object.path("spec").path("placeholders").forEach(placeholder -> secretKey(where, placeholder.path("secret")));
                }
                default -> {
                }
            }
            if (object.path("kind").asText().equals("KafkaUser")) {
                kafkaUser(where, object);
            }
        }
        return List.copyOf(problems);
    }

    private void deployment(String where, JsonNode pod) {
        for (JsonNode container : pod.path("containers")) {
            for (JsonNode variable : container.path("env")) {
                JsonNode from = variable.path("valueFrom");
                if (from.has("secretKeyRef")) {
                    secretKey(where, from.path("secretKeyRef"));
                }
                if (from.has("configMapKeyRef")) {
                    key(where, "ConfigMap", from.path("configMapKeyRef"));
                }
                address(where, variable.path("name").asText(), variable.path("value").asText());
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("secret")) {
                need(where, "Secret", volume.path("secret").path("secretName").asText());
            }
            if (volume.has("configMap")) {
                need(where, "ConfigMap", volume.path("configMap").path("name").asText());
            }
            if (volume.has("persistentVolumeClaim")) {
                need(where, "PersistentVolumeClaim", volume.path("persistentVolumeClaim").path("claimName").asText());
            }
        }
    }

    /** Kafka's bootstrap Service and the database's {@code -rw} Service and database, as the addresses name them. */
    private void address(String where, String variable, String value) {
        if (variable.equals("KAFKA_BOOTSTRAP_SERVERS")) {
            for (String server : value.split(",")) {
                need(where, "Service", server.substring(0, server.indexOf(':')));
            }
        } else if (variable.equals("QUARKUS_DATASOURCE_JDBC_URL") || variable.equals("QUARKUS_DATASOURCE_REACTIVE_URL")) {
            URI uri = URI.create(value.replaceFirst("^jdbc:", ""));
            need(where, "Service", uri.getHost());
            String database = uri.getPath().substring(1);
            if (objects.stream().noneMatch(object -> object.path("kind").asText().equals("Database")
                    && object.path("spec").path("name").asText().equals(database)
                    && uri.getHost().equals(object.path("spec").path("cluster").path("name").asText() + "-rw"))) {
                problems.add(where + "no Database " + database + " in the cluster behind " + uri.getHost());
            }
        }
    }

    private void networkPolicy(String where, JsonNode spec) {
        selects(where, spec.path("podSelector").path("matchLabels"));
        for (JsonNode rule : spec.path("egress")) {
            for (JsonNode to : rule.path("to")) {
                if (to.has("podSelector")) {
                    selects(where, to.path("podSelector").path("matchLabels"));
                }
            }
        }
    }

    private void kafkaUser(String where, ObjectNode user) {
        var topics = new HashSet<String>();
        objects.stream().filter(object -> object.path("kind").asText().equals("KafkaTopic"))
                .forEach(topic -> topics.add(topic.path("spec").path("topicName").asText(nameOf(topic))));
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            if (resource.path("type").asText().equals("topic") && resource.path("patternType").asText().equals("literal")
                    && !topics.contains(resource.path("name").asText())) {
                problems.add(where + "an ACL on topic " + resource.path("name").asText() + ", which no KafkaTopic makes");
            }
        }
    }

    private void database(String where, JsonNode spec) {
        String cluster = spec.path("cluster").path("name").asText();
        need(where, "Cluster", cluster);
        boolean ownerManaged = objects.stream().anyMatch(object -> object.path("kind").asText().equals("Cluster")
                && nameOf(object).equals(cluster) && roles(object).contains(spec.path("owner").asText()));
        if (!ownerManaged) {
            problems.add(where + "owner " + spec.path("owner").asText() + " is no managed role of Cluster " + cluster);
        }
    }

    private void cluster(String where, JsonNode spec) {
        spec.path("managed").path("roles").forEach(role -> need(where, "Secret", role.path("passwordSecret").path("name").asText()));
        for (JsonNode plugin : spec.path("plugins")) {
            need(where, "ObjectStore", plugin.path("parameters").path("barmanObjectName").asText());
        }
    }

    private void keycloak(String where, JsonNode spec) {
        JsonNode db = spec.path("db");
        secretKey(where, db.path("usernameSecret"));
        secretKey(where, db.path("passwordSecret"));
        need(where, "Service", db.path("host").asText());
        if (spec.path("http").has("tlsSecret")) {
            need(where, "Secret", spec.path("http").path("tlsSecret").asText());
        }
    }

    private void selects(String where, JsonNode matchLabels) {
        Map<String, String> wanted = strings(matchLabels);
        if (podLabels.stream().noneMatch(labels -> labels.entrySet().containsAll(wanted.entrySet()))) {
            problems.add(where + "selects no pod: " + wanted);
        }
    }

    private void secretKey(String where, JsonNode reference) {
        key(where, "Secret", reference);
    }

    private void key(String where, String kind, JsonNode reference) {
        String name = reference.path("name").asText();
        if (need(where, kind, name) && !keys.get(kind + "/" + name).contains(reference.path("key").asText())) {
            problems.add(where + kind + " " + name + " has no key " + reference.path("key").asText());
        }
    }

    private boolean need(String where, String kind, String name) {
        if (!names.getOrDefault(kind, Set.of()).contains(name)) {
            problems.add(where + "no " + kind + " " + name);
            return false;
        }
        return true;
    }

    private void add(String kind, String name, String... dataKeys) {
        names.computeIfAbsent(kind, k -> new HashSet<>()).add(name);
        keys.computeIfAbsent(kind + "/" + name, k -> new HashSet<>()).addAll(List.of(dataKeys));
    }

    private static Set<String> roles(ObjectNode cluster) {
        var roles = new HashSet<String>();
        cluster.path("spec").path("managed").path("roles").forEach(role -> roles.add(role.path("name").asText()));
        return roles;
    }

    private static Map<String, String> strings(JsonNode map) {
        var strings = new HashMap<String, String>();
        map.fields().forEachRemaining(field -> strings.put(field.getKey(), field.getValue().asText()));
        return strings;
    }

    private static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
