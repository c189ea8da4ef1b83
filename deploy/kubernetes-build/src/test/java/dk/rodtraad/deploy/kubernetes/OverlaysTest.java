package dk.rodtraad.deploy.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each overlay as a cluster would get it, checked without one: every object against its schema, every name it gives
 * another object there. The last tests break a manifest in memory and see each check fail.
 */
class OverlaysTest {

    private static final Path KUBERNETES = GeneratedManifestsTest.ROOT.resolve("deploy/kubernetes");
    private static final Schemas SCHEMAS = new Schemas(KUBERNETES.resolve("crds"));

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyObjectIsValidAgainstItsSchema(String overlay) {
        List<ObjectNode> objects = build(overlay);
        assertTrue(objects.size() > 40, overlay + " has only " + objects.size() + " objects");
        assertEquals(List.of(), objects.stream().flatMap(object -> SCHEMAS.problems(object).stream()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyNameAnObjectGivesAnotherIsThere(String overlay) {
        assertEquals(List.of(), new References(build(overlay)).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everythingLivesInTheNamespaceRodtraad(String overlay) {
        build(overlay).forEach(object -> assertEquals("rodtraad", object.path("metadata").path("namespace").asText(),
                object.path("kind").asText() + " " + object.path("metadata").path("name").asText()));
    }

    /**
     * A service started without one of the settings chassis requires (chassis.config.RequiredSettings, the
     * {@code rodtraad.required.*} of its configuration) or its Kafka password refuses to start: each Deployment of a
     * service must give them all.
     */
    @Test
    void everyServiceIsGivenEverySettingItRequires() throws Exception {
        var chassis = new Properties();
        try (var in = Files.newBufferedReader(GeneratedManifestsTest.ROOT.resolve(
                "chassis/src/main/resources/META-INF/microprofile-config.properties"))) {
            chassis.load(in);
        }
        var required = new TreeSet<String>(List.of("RODTRAAD_KAFKA_PASSWORD"));
        chassis.stringPropertyNames().stream().filter(name -> name.startsWith("rodtraad.required."))
                .map(name -> chassis.getProperty(name).replaceAll("^\\$\\{|}$", ""))
                .map(property -> property.toUpperCase().replaceAll("[.-]", "_"))
                .forEach(required::add);
        assertTrue(required.size() > 8, required.toString());
        List<ObjectNode> objects = build("production");
        for (Workload service : Workload.ALL.stream().filter(workload -> workload.database() != null).toList()) {
            var given = new TreeSet<String>();
            named(objects, "Deployment", service.name()).at("/spec/template/spec/containers/0/env")
                    .forEach(variable -> given.add(variable.path("name").asText()));
            assertTrue(given.containsAll(required), service.name() + " lacks " + required.stream()
                    .filter(name -> !given.contains(name)).toList());
        }
    }

    /**
     * A service's pages link to the other services' at {@code rodtraad.links.<service>} (the chassis's defaults are
     * the local stack's addresses): in a cluster each must be the other's public address, the one the realm lets log
     * in.
     */
    @Test
    void everyServiceLinksToTheOthersAtTheirPublicAddress() {
        List<ObjectNode> objects = build("production");
        List<Workload> services = Workload.ALL.stream().filter(workload -> workload.database() != null).toList();
        assertEquals(4, services.size());
        for (Workload service : services) {
            for (Workload other : services.stream().filter(other -> other != service).toList()) {
                String target = other.name().replace("-service", "").toUpperCase().replace('-', '_');
                var variable = named(objects, "Deployment", service.name()).at("/spec/template/spec/containers/0/env")
                        .valueStream().filter(entry -> entry.path("name").asText().equals("RODTRAAD_LINKS_" + target))
                        .findFirst().orElseThrow(() -> new AssertionError(service.name() + " is not told where "
                                + other.name() + " is"));
                assertEquals(RealmImport.PUBLIC_URLS, variable.at("/valueFrom/secretKeyRef/name").asText());
                assertEquals("RODTRAAD_" + target + "_URL", variable.at("/valueFrom/secretKeyRef/key").asText());
            }
        }
    }

    @Test
    void theProductionOverlayBacksTheDatabaseUp() {
        List<ObjectNode> objects = build("production");
        assertTrue(objects.stream().anyMatch(object -> object.path("kind").asText().equals("ScheduledBackup")));
        ObjectNode cluster = only(objects, "Cluster");
        assertEquals("barman-cloud.cloudnative-pg.io", cluster.path("spec").path("plugins").path(0).path("name").asText());
    }

    @Test
    void aSecretNamedWrongFailsTheCheck() {
        List<ObjectNode> objects = build("demo");
        ObjectNode concern = named(objects, "Deployment", "concern-service");
        ((ObjectNode) concern.at("/spec/template/spec/containers/0/env").findParent("secretKeyRef").get("secretKeyRef"))
                .put("name", "concern-db-ownr");
        assertTrue(new References(objects).problems().stream().anyMatch(problem -> problem.contains("no Secret concern-db-ownr")),
                new References(objects).problems().toString());
    }

    @Test
    void anAclOnATopicNoKafkaTopicMakesFailsTheCheck() {
        List<ObjectNode> objects = build("demo");
        ((ObjectNode) named(objects, "KafkaUser", "authority").at("/spec/authorization/acls/0/resource"))
                .put("name", "rodtraad.authority.notification");
        assertFalse(new References(objects).problems().isEmpty());
    }

    @Test
    void aDatabaseAddressOfNoDatabaseFailsTheCheck() {
        List<ObjectNode> objects = build("demo");
        ObjectNode concern = named(objects, "Deployment", "concern-service");
        concern.at("/spec/template/spec/containers/0/env").forEach(variable -> {
            if (variable.path("name").asText().equals("QUARKUS_DATASOURCE_REACTIVE_URL")) {
                ((ObjectNode) variable).put("value", "postgresql://rodtraad-postgres-rw:5432/concerns?sslmode=verify-full");
            }
        });
        assertTrue(new References(objects).problems().stream().anyMatch(problem -> problem.contains("no Database concerns")));
    }

    @Test
    void aMisspeltFieldFailsTheSchemaCheck() {
        ObjectNode deployment = named(build("demo"), "Deployment", "concern-service").deepCopy();
        ((ObjectNode) deployment.get("spec")).set("replcas", deployment.at("/spec/replicas"));
        assertFalse(SCHEMAS.problems(deployment).isEmpty());
        ObjectNode topic = named(build("demo"), "KafkaTopic", "rodtraad.audit").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partition", 3);
        assertFalse(SCHEMAS.problems(topic).isEmpty());
        ObjectNode realmImport = only(build("demo"), "KeycloakRealmImport").deepCopy();
        ((ObjectNode) realmImport.at("/spec/realm")).put("bruteForceProtectd", true);
        assertFalse(SCHEMAS.problems(realmImport).isEmpty());
        ObjectNode cluster = only(build("demo"), "Cluster").deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instances", "three");
        assertFalse(SCHEMAS.problems(cluster).isEmpty());
    }

    private static List<ObjectNode> build(String overlay) {
        return Kustomization.build(KUBERNETES.resolve("overlays").resolve(overlay));
    }

    private static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(object -> object.path("kind").asText().equals(kind)
                && object.path("metadata").path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static ObjectNode only(List<ObjectNode> objects, String kind) {
        List<ObjectNode> found = objects.stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), kind);
        return found.getFirst();
    }
}
