package dk.rodtraad.deploy.kubernetes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One of Rød Tråd's processes as Kubernetes runs it: what it is told and whom it may reach. The table of them,
 * {@link #ALL}, is what {@link ServiceManifests} writes base/services from.
 *
 * @param name       the Maven module, the image's name, the Kafka principal's (unless {@code principal} says
 *                   otherwise) and every Kubernetes object's
 * @param database   its database in the CloudNativePG cluster, or {@code null}
 * @param principal  its Kafka principal (contracts' {@code KafkaPrincipals})
 * @param oidc       whether it logs people in with Keycloak (a client of the realm)
 * @param replicas   instances; two or more get a PodDisruptionBudget
 * @param scales     whether a HorizontalPodAutoscaler may add instances
 * @param metrics    whether it serves Prometheus metrics at /q/metrics (on its management port, ADR 0036)
 * @param settings   further environment, fixed values
 * @param secrets    further environment from Secrets: variable to {@code secret/key}
 */
record Workload(String name, String database, String principal, boolean oidc, int replicas, boolean scales,
                boolean metrics, Map<String, String> settings, Map<String, String> secrets) {

    /** The four services with pages, each linking to the other three's (a {@code rodtraad.links.*} setting each). */
    private static final List<String> SERVICES = List.of("concern-service", "network-meeting-service",
            "catalogue-service", "followup-service");

    /**
     * One of the four services: a database, Kafka, Keycloak, two instances or more, and the other services' public
     * addresses from {@code rodtraad-public-urls} (the same the realm lets log in) for its links to their pages.
     */
    private static Workload service(String name) {
        String database = name.replace("-service", "").replace('-', '_');
        var links = new TreeMap<String, String>();
        for (String other : SERVICES.stream().filter(other -> !other.equals(name)).toList()) {
            String variable = other.replace("-service", "").replace('-', '_').toUpperCase(Locale.ROOT);
            links.put("RODTRAAD_LINKS_" + variable, RealmImport.PUBLIC_URLS + "/RODTRAAD_" + variable + "_URL");
        }
        return new Workload(name, database, name, true, 2, true, true, Map.of(), links);
    }

    /** Where the authority's consumer writes the underretninger (a volume of its own; docs/events.md). */
    static final String NOTIFICATIONS_FOLDER = "/var/lib/rodtraad/underretninger";

    static final List<Workload> ALL = Stream.concat(SERVICES.stream().map(Workload::service), Stream.of(
            // One instance: it writes files into one volume, and Kafka hands every partition to it anyway.
            new Workload("authority-consumer", null, "authority", false, 1, false, true,
                    Map.of("RODTRAAD_AUTHORITY_OUTLET", "folder", "RODTRAAD_AUTHORITY_FOLDER", NOTIFICATIONS_FOLDER),
                    Map.of()),
            new Workload("analytics-stream", null, "analytics-stream", false, 2, false, false, Map.of(),
                    Map.of("RODTRAAD_ANALYTICS_CHILD_KEY", "analytics-stream-key/child-key",
                            "RODTRAAD_ANALYTICS_KEY_ID", "analytics-stream-key/key-id")))).toList();

    /**
     * Where its Kafka client settings go: Quarkus's Kafka Streams extension (analytics-stream) has its own
     * {@code quarkus.kafka-streams.ssl.*}; the others read {@code kafka.*} (docs/operations.md).
     */
    String kafkaSettingsPrefix() {
        return name.equals("analytics-stream") ? "QUARKUS_KAFKA_STREAMS_" : "KAFKA_";
    }

    boolean writesFiles() {
        return settings.containsKey("RODTRAAD_AUTHORITY_FOLDER");
    }
}
