package dk.rodtraad.deploy.compose;

import dk.rodtraad.contracts.KafkaPrincipals;
import dk.rodtraad.testkit.DemoAnalyticsKey;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoKafkaUsers;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static dk.rodtraad.deploy.compose.ComposeCheck.environment;
import static dk.rodtraad.deploy.compose.ComposeCheck.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/compose/compose.yaml, checked without a container engine: its images, ports, variables, dependencies and
 * mounts ({@link ComposeCheck}), its Kafka set-up against contracts, and its demo logins against the local stack's.
 * The tests that break a copy in memory show that each rule can fail.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("rodtraad.root", "../..")).toAbsolutePath().normalize();
    private static final Path COMPOSE_DIR = ROOT.resolve("deploy/compose");
    /** Keycloak as the browser and every token know it: the same name the local stack's Keycloak has. */
    private static final String PUBLIC_REALM = "http://localhost:8180/realms/" + DemoUsers.REALM;
    private static final List<String> APPS = List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.CATALOGUE, StackConfig.FOLLOWUP, StackConfig.AUTHORITY_CONSUMER, StackConfig.ANALYTICS);

    private final ComposeCheck check = new ComposeCheck(ROOT, COMPOSE_DIR, System.getProperty("rodtraad.version"),
            appConfigurations(), serverVersions());

    @Test
    void theComposeFileKeepsEveryRule() throws IOException {
        assertEquals(List.of(), check.problems(compose()));
    }

    @Test
    void kafkaInitIsWhatContractsSay() throws IOException {
        String expected = KafkaInitScript.render();
        Path committed = COMPOSE_DIR.resolve("kafka/init.sh");
        if (!Files.exists(committed) || !Files.readString(committed).equals(expected)) {
            Path current = COMPOSE_DIR.resolve("target/init.sh");
            Files.createDirectories(current.getParent());
            Files.writeString(current, expected);
            assertEquals(expected, Files.exists(committed) ? Files.readString(committed) : "",
                    "deploy/compose/kafka/init.sh is not what contracts' KafkaPrincipals and Topics say: copy " + current
                            + " to it");
        }
    }

    @Test
    void theAppsLogInAsTheLocalStacksDo() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        String databases = initDatabases();
        String policy = chassisSetting("quarkus.http.header.\"Content-Security-Policy\".value")
                .replace("${quarkus.oidc.auth-server-url}", PUBLIC_REALM);
        for (String app : APPS) {
            var environment = environment(map(services.get(app)));
            assertEquals(DemoKafkaUsers.password(principal(app)), environment.get("RODTRAAD_KAFKA_PASSWORD"), app);
            if (RunningSystem.SERVICES.contains(app)) {
                String database = StackConfig.databaseOf(app);
                assertEquals(database, environment.get("QUARKUS_DATASOURCE_USERNAME"), app);
                assertEquals(database + "_owner", environment.get("QUARKUS_FLYWAY_USERNAME"), app);
                assertTrue(environment.get("QUARKUS_DATASOURCE_JDBC_URL").endsWith("/" + database), app);
                assertTrue(Set.of(databases.split(" ")).contains(database),
                        "postgres/init-databases.sh makes no database " + database + " for " + app);
                assertEquals(DemoClients.secret(app), environment.get("QUARKUS_OIDC_CREDENTIALS_SECRET"), app);
                assertEquals(policy, environment.get("QUARKUS_HTTP_HEADER__CONTENT_SECURITY_POLICY__VALUE"),
                        app + ": the chassis's Content-Security-Policy with Keycloak's public address");
            }
        }
        assertEquals(DemoAnalyticsKey.BASE64,
                environment(map(services.get(StackConfig.ANALYTICS))).get("RODTRAAD_ANALYTICS_CHILD_KEY"));
    }

    @Test
    void anImageOnLatestOrAnotherVersionFails() throws IOException {
        assertBroken(compose -> service(compose, "postgres").put("image", "postgres:latest"),
                "postgres: image postgres:latest is not pinned");
        assertBroken(compose -> service(compose, "kafka").put("image", "apache/kafka"), "kafka: image apache/kafka is not pinned");
        assertBroken(compose -> service(compose, "keycloak").put("image", "quay.io/keycloak/keycloak:26.0.0"),
                "is not the version the testkit runs");
        assertBroken(compose -> service(compose, StackConfig.CONCERN).put("image", "rodtraad/concern-service:1.0"),
                "is not one of Rød Tråd's as they are built");
        assertBroken(compose -> map(compose.get("services")).remove(StackConfig.ANALYTICS),
                "Rød Tråd's analytics-stream is not in the compose file");
    }

    @Test
    void aHostPortPublishedTwiceFails() throws IOException {
        assertBroken(compose -> service(compose, StackConfig.CATALOGUE).put("ports", List.of("127.0.0.1:8081:8080")),
                "host port 8081 is published by");
        assertBroken(compose -> service(compose, StackConfig.CATALOGUE).put("ports", List.of("127.0.0.1:8083:8083")),
                "Rød Tråd's images listen on 8080");
    }

    @Test
    void aVariableNoPropertyReadsFails() throws IOException {
        assertBroken(compose -> map(service(compose, StackConfig.FOLLOWUP).get("environment"))
                        .put("QUARKUS_DATASOURCE_USERNAM", "followup"),
                "followup-service: environment variable QUARKUS_DATASOURCE_USERNAM is read by no property");
        assertBroken(compose -> map(service(compose, StackConfig.AUTHORITY_CONSUMER).get("environment"))
                        .put("RODTRAAD_AUTHORITY_FOLDR", "/tmp"),
                "RODTRAAD_AUTHORITY_FOLDR is read by no property");
    }

    @Test
    void aDependencyThatCannotBeAwaitedFails() throws IOException {
        assertBroken(compose -> dependsOn(compose, StackConfig.CONCERN).put("postgress", healthy()),
                "concern-service: depends on postgress, which is not a service here");
        assertBroken(compose -> service(compose, "keycloak").remove("healthcheck"),
                "waits for keycloak to be healthy, which has no health check");
        assertBroken(compose -> dependsOn(compose, StackConfig.ANALYTICS).put("kafka-init",
                        Map.of("condition", "service_started")),
                "analytics-stream: depends on kafka-init with condition service_started");
    }

    @Test
    void aServiceWithoutTimeToStopFails() throws IOException {
        assertBroken(compose -> service(compose, StackConfig.NETWORK_MEETING).remove("stop_grace_period"),
                "network-meeting-service: stop_grace_period null gives it less than 30 s to stop");
        assertBroken(compose -> service(compose, StackConfig.FOLLOWUP).put("stop_grace_period", "10s"),
                "followup-service: stop_grace_period 10s gives it less than 30 s to stop");
    }

    @Test
    void aMountOutsideTheRepositoryFails() throws IOException {
        assertBroken(compose -> service(compose, "keycloak").put("volumes",
                        List.of("../keycloak/rodtraad-realm-typo.json:/opt/keycloak/data/import/realm.json:ro")),
                "keycloak: mounts ../keycloak/rodtraad-realm-typo.json, which is not in the repository");
        assertBroken(compose -> service(compose, "postgres").put("volumes", List.of("pg-data:/var/lib/postgresql/data")),
                "mounts the volume pg-data, which is not declared");
    }

    private void assertBroken(Consumer<Map<String, Object>> breakIt, String expected) throws IOException {
        var compose = compose();
        breakIt.accept(compose);
        var problems = check.problems(compose);
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                "expected a problem containing '" + expected + "', got " + problems);
    }

    /** A fresh copy of compose.yaml, which a test may break. */
    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE_DIR.resolve("compose.yaml"))) {
            return new Yaml().load(reader);
        }
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return map(map(compose.get("services")).get(name));
    }

    /** The service's own copy of its depends_on (YAML aliases share one map between services). */
    private static Map<String, Object> dependsOn(Map<String, Object> compose, String name) {
        var copy = new LinkedHashMap<>(map(service(compose, name).get("depends_on")));
        service(compose, name).put("depends_on", copy);
        return copy;
    }

    private static Map<String, Object> healthy() {
        return Map.of("condition", "service_healthy");
    }

    private static Map<String, Set<String>> appConfigurations() {
        var apps = new LinkedHashMap<String, Set<String>>();
        APPS.forEach(app -> apps.put(app, AppConfiguration.environmentVariables(ROOT, ROOT.resolve(app))));
        return apps;
    }

    /** The third-party images at the versions of the servers the testkit runs (the parent pom's properties). */
    private static Map<String, String> serverVersions() {
        String postgres = System.getProperty("rodtraad.postgres.version").replaceFirst("\\.0$", "");
        return Map.of("postgres", postgres,
                "apache/kafka", System.getProperty("rodtraad.kafka.version"),
                "quay.io/keycloak/keycloak", System.getProperty("rodtraad.keycloak.version"));
    }

    /** Kafka's principal of each of Rød Tråd's processes: a service's is its name. */
    private static String principal(String app) {
        return switch (app) {
            case StackConfig.AUTHORITY_CONSUMER -> KafkaPrincipals.AUTHORITY;
            case StackConfig.ANALYTICS -> KafkaPrincipals.ANALYTICS_STREAM;
            default -> app;
        };
    }

    private static String initDatabases() throws IOException {
        var line = Pattern.compile("^DATABASES=\"([^\"]*)\"", Pattern.MULTILINE)
                .matcher(Files.readString(COMPOSE_DIR.resolve("postgres/init-databases.sh")));
        assertTrue(line.find(), "postgres/init-databases.sh names its DATABASES");
        return line.group(1);
    }

    private static String chassisSetting(String key) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve("chassis/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(reader);
        }
        return properties.getProperty(key);
    }
}
