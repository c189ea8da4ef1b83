package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * base/services: per {@link Workload} a Deployment, a Service, a PodDisruptionBudget (two instances or more), a
 * HorizontalPodAutoscaler (the four services) and a NetworkPolicy that lets it reach only DNS, its database, Kafka
 * and Keycloak. Every secret is named, never held. Sizes from docs/performance.md ("Footprint"): a service is
 * resident at about 300–315 MB after warm-up with the local stack's JVM settings, which the image carries (the
 * parent pom's quarkus.jib.*), 450 MB at most in the bench's loaded runs.
 */
final class ServiceManifests {

    static final String POSTGRES = "rodtraad-postgres";
    static final String ENDPOINTS = "rodtraad-endpoints";
    static final int HTTP_PORT = 8080;
    /** The management interface's, where the metrics are (ADR 0036): in the pod, not in its Service. */
    static final int MANAGEMENT_PORT = 9000;
    /** The user Quarkus's default base image (UBI OpenJDK runtime) runs as. */
    static final int IMAGE_USER = 185;
    private static final String KAFKA_CA = "/etc/rodtraad/kafka-ca";
    private static final String POSTGRES_CA = "/etc/rodtraad/postgres-ca";

    private final String version;

    ServiceManifests(String version) {
        this.version = version;
    }

    String yaml(Workload workload) {
        var objects = new ArrayList<ObjectNode>();
        if (workload.writesFiles()) {
            objects.add(volumeClaim(workload));
        }
        objects.add(deployment(workload));
        objects.add(service(workload));
        if (workload.replicas() > 1) {
            objects.add(disruptionBudget(workload));
        }
        if (workload.scales()) {
            objects.add(autoscaler(workload));
        }
        objects.add(networkPolicy(workload));
        return Yaml.write("Generated from kubernetes-build's Workload table by GeneratedManifestsTest: do not edit.\n"
                + workload.name() + ": docs/operations.md#install-on-kubernetes.", objects);
    }

    private ObjectNode deployment(Workload workload) {
        ObjectNode deployment = object("apps/v1", "Deployment", workload);
        ObjectNode spec = deployment.putObject("spec");
        spec.put("replicas", workload.replicas());
        spec.putObject("selector").set("matchLabels", selector(workload));
        if (workload.writesFiles()) {
            // The volume is ReadWriteOnce: the old pod lets go of it before the new one starts.
            spec.putObject("strategy").put("type", "Recreate");
        }
        ObjectNode template = spec.putObject("template");
        ObjectNode metadata = template.putObject("metadata");
        metadata.set("labels", labels(workload));
        if (workload.metrics()) {
            metadata.putObject("annotations").put("prometheus.io/scrape", "true").put("prometheus.io/path", "/q/metrics")
                    .put("prometheus.io/port", String.valueOf(MANAGEMENT_PORT));
        }
        ObjectNode pod = template.putObject("spec");
        pod.put("automountServiceAccountToken", false);
        ObjectNode podSecurity = pod.putObject("securityContext").put("runAsNonRoot", true);
        if (workload.writesFiles()) {
            // The base image's user (185) must be able to write the volume.
            podSecurity.put("fsGroup", IMAGE_USER);
        }
        podSecurity.putObject("seccompProfile").put("type", "RuntimeDefault");
        ObjectNode container = pod.putArray("containers").addObject();
        container.put("name", workload.name());
        container.put("image", "rodtraad/" + workload.name() + ":" + version);
        ArrayNode ports = container.putArray("ports");
        ports.addObject().put("name", "http").put("containerPort", HTTP_PORT);
        if (workload.metrics()) {
            ports.addObject().put("name", "management").put("containerPort", MANAGEMENT_PORT);
        }
        container.set("env", environment(workload));
        container.set("startupProbe", probe("/q/health/started", 5, 60));
        container.set("readinessProbe", probe("/q/health/ready", 5, 3));
        container.set("livenessProbe", probe("/q/health/live", 10, 3));
        ObjectNode resources = container.putObject("resources");
        // No CPU limit: a throttled JVM starts and collects slowly; the request is what the scheduler counts on.
        resources.putObject("requests").put("cpu", "250m").put("memory", "384Mi");
        resources.putObject("limits").put("memory", "512Mi");
        ObjectNode security = container.putObject("securityContext");
        security.put("allowPrivilegeEscalation", false).put("readOnlyRootFilesystem", true);
        security.putObject("capabilities").putArray("drop").add("ALL");
        ArrayNode mounts = container.putArray("volumeMounts");
        ArrayNode volumes = pod.putArray("volumes");
        volume(mounts, volumes, "tmp", "/tmp").putObject("emptyDir");
        volume(mounts, volumes, "kafka-ca", KAFKA_CA).putObject("secret")
                .put("secretName", KafkaManifests.CLUSTER + "-cluster-ca-cert");
        if (workload.database() != null) {
            volume(mounts, volumes, "postgres-ca", POSTGRES_CA).putObject("secret").put("secretName", POSTGRES + "-ca");
        }
        if (workload.writesFiles()) {
            volume(mounts, volumes, "notifications", Workload.NOTIFICATIONS_FOLDER).putObject("persistentVolumeClaim")
                    .put("claimName", workload.name() + "-notifications");
        }
        return deployment;
    }

    private static ArrayNode environment(Workload workload) {
        var values = new TreeMap<String, String>(workload.settings());
        var secrets = new TreeMap<String, String>(workload.secrets());
        values.put("KAFKA_BOOTSTRAP_SERVERS", KafkaManifests.CLUSTER + "-kafka-bootstrap:9093");
        secrets.put("RODTRAAD_KAFKA_PASSWORD", workload.principal() + "/password");
        // Strimzi's cluster CA as a PKCS12 truststore.
        String prefix = workload.kafkaSettingsPrefix();
        values.put(prefix + "SSL_TRUSTSTORE_LOCATION", KAFKA_CA + "/ca.p12");
        values.put(prefix + "SSL_TRUSTSTORE_TYPE", "PKCS12");
        secrets.put(prefix + "SSL_TRUSTSTORE_PASSWORD", KafkaManifests.CLUSTER + "-cluster-ca-cert/ca.password");
        if (workload.database() != null) {
            String database = "//" + POSTGRES + "-rw:5432/" + workload.database() + "?sslmode=verify-full";
            values.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql:" + database + "&sslrootcert=" + POSTGRES_CA + "/ca.crt");
            values.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql:" + database);
            values.put("QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM", "true");
            values.put("QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS", POSTGRES_CA + "/ca.crt");
            values.put("QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS");
            String login = workload.database().replace('_', '-') + "-db";
            secrets.put("QUARKUS_DATASOURCE_USERNAME", login + "/username");
            secrets.put("QUARKUS_DATASOURCE_PASSWORD", login + "/password");
            secrets.put("QUARKUS_FLYWAY_USERNAME", login + "-owner/username");
            secrets.put("QUARKUS_FLYWAY_PASSWORD", login + "-owner/password");
        }
        if (workload.oidc()) {
            secrets.put("QUARKUS_OIDC_CREDENTIALS_SECRET", workload.name() + "-oidc/" + RealmImport.CLIENT_SECRET_KEY);
        }
        ArrayNode env = Yaml.MAPPER.createArrayNode();
        values.forEach((name, value) -> env.addObject().put("name", name).put("value", value));
        if (workload.oidc()) {
            env.addObject().put("name", "QUARKUS_OIDC_AUTH_SERVER_URL").putObject("valueFrom")
                    .putObject("configMapKeyRef").put("name", ENDPOINTS).put("key", "oidc-auth-server-url");
        }
        secrets.forEach((name, reference) -> {
            String[] secretAndKey = reference.split("/", 2);
            env.addObject().put("name", name).putObject("valueFrom").putObject("secretKeyRef")
                    .put("name", secretAndKey[0]).put("key", secretAndKey[1]);
        });
        return env;
    }

    private static ObjectNode probe(String path, int periodSeconds, int failureThreshold) {
        ObjectNode probe = Yaml.MAPPER.createObjectNode();
        probe.putObject("httpGet").put("path", path).put("port", "http");
        probe.put("periodSeconds", periodSeconds);
        probe.put("failureThreshold", failureThreshold);
        return probe;
    }

    private static ObjectNode volume(ArrayNode mounts, ArrayNode volumes, String name, String path) {
        mounts.addObject().put("name", name).put("mountPath", path);
        return volumes.addObject().put("name", name);
    }

    private static ObjectNode volumeClaim(Workload workload) {
        ObjectNode claim = object("v1", "PersistentVolumeClaim", workload);
        ((ObjectNode) claim.get("metadata")).put("name", workload.name() + "-notifications");
        ObjectNode spec = claim.putObject("spec");
        spec.putArray("accessModes").add("ReadWriteOnce");
        spec.putObject("resources").putObject("requests").put("storage", "1Gi");
        return claim;
    }

    private static ObjectNode service(Workload workload) {
        ObjectNode service = object("v1", "Service", workload);
        ObjectNode spec = service.putObject("spec");
        spec.set("selector", selector(workload));
        spec.putArray("ports").addObject().put("name", "http").put("port", HTTP_PORT).put("targetPort", "http");
        return service;
    }

    private static ObjectNode disruptionBudget(Workload workload) {
        ObjectNode budget = object("policy/v1", "PodDisruptionBudget", workload);
        ObjectNode spec = budget.putObject("spec");
        spec.put("minAvailable", 1);
        spec.putObject("selector").set("matchLabels", selector(workload));
        return budget;
    }

    private static ObjectNode autoscaler(Workload workload) {
        ObjectNode autoscaler = object("autoscaling/v2", "HorizontalPodAutoscaler", workload);
        ObjectNode spec = autoscaler.putObject("spec");
        spec.putObject("scaleTargetRef").put("apiVersion", "apps/v1").put("kind", "Deployment").put("name", workload.name());
        spec.put("minReplicas", workload.replicas());
        // Beyond the topics' three partitions an instance adds HTTP capacity but no consumer.
        spec.put("maxReplicas", 4);
        ObjectNode metric = spec.putArray("metrics").addObject();
        metric.put("type", "Resource");
        metric.putObject("resource").put("name", "cpu").putObject("target").put("type", "Utilization")
                .put("averageUtilization", 70);
        return autoscaler;
    }

    /**
     * In: its HTTP port from anywhere (the ingress), its metrics' port from within the cluster (Prometheus, which
     * scrapes the pod; the Service, which the ingress routes to, has only the HTTP port). Out: DNS, its database,
     * Kafka, Keycloak.
     */
    private static ObjectNode networkPolicy(Workload workload) {
        ObjectNode policy = object("networking.k8s.io/v1", "NetworkPolicy", workload);
        ObjectNode spec = policy.putObject("spec");
        spec.putObject("podSelector").set("matchLabels", selector(workload));
        spec.putArray("policyTypes").add("Ingress").add("Egress");
        ArrayNode ingress = spec.putArray("ingress");
        ingress.addObject().putArray("ports").addObject().put("protocol", "TCP").put("port", HTTP_PORT);
        if (workload.metrics()) {
            ObjectNode scrape = ingress.addObject();
            scrape.putArray("from").addObject().putObject("namespaceSelector");
            scrape.putArray("ports").addObject().put("protocol", "TCP").put("port", MANAGEMENT_PORT);
        }
        ArrayNode egress = spec.putArray("egress");
        ObjectNode dns = egress.addObject();
        dns.putArray("to").addObject().putObject("namespaceSelector").putObject("matchLabels")
                .put("kubernetes.io/metadata.name", "kube-system");
        dns.putArray("ports").addObject().put("protocol", "UDP").put("port", 53);
        ((ArrayNode) dns.get("ports")).addObject().put("protocol", "TCP").put("port", 53);
        egressTo(egress, Map.of("strimzi.io/cluster", KafkaManifests.CLUSTER, "strimzi.io/kind", "Kafka"), 9093);
        if (workload.database() != null) {
            egressTo(egress, Map.of("cnpg.io/cluster", POSTGRES), 5432);
        }
        if (workload.oidc()) {
            egressTo(egress, Map.of("app", "keycloak", "app.kubernetes.io/instance", RealmImport.KEYCLOAK), 8443);
        }
        return policy;
    }

    private static void egressTo(ArrayNode egress, Map<String, String> podLabels, int port) {
        ObjectNode rule = egress.addObject();
        ObjectNode labels = rule.putArray("to").addObject().putObject("podSelector").putObject("matchLabels");
        new TreeMap<>(podLabels).forEach(labels::put);
        rule.putArray("ports").addObject().put("protocol", "TCP").put("port", port);
    }

    private static ObjectNode object(String apiVersion, String kind, Workload workload) {
        ObjectNode object = Yaml.MAPPER.createObjectNode();
        object.put("apiVersion", apiVersion);
        object.put("kind", kind);
        object.putObject("metadata").put("name", workload.name()).set("labels", labels(workload));
        return object;
    }

    private static ObjectNode selector(Workload workload) {
        return Yaml.MAPPER.createObjectNode().put("app.kubernetes.io/name", workload.name());
    }

    /** The selector's label and the ones Kafka's listener policy and the dashboards go by. */
    private static ObjectNode labels(Workload workload) {
        return selector(workload).put("app.kubernetes.io/part-of", "rodtraad").put("rodtraad.dk/kafka-client", "true");
    }
}
