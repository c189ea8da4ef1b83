package dk.rodtraad.systemtests.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.testkit.DemoClients;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees of {@code ./rodtraad start}: the stack command, run as the script runs it (testkit's classes and
 * {@code target/lib}) on a fresh state folder of its own, prints one progress line per component and the URLs, and no
 * warnings (the Kafka admin client's "could not be established" while the broker starts, SLF4J's "multiple
 * providers"), and its Keycloak does not build itself again when a stack before it kept that build. Its ports are
 * the test stack's plus 7, beside the test stack this JVM may run: it runs beside the shared stack's tests, not after
 * them (the only class marked so; system-tests/pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class StackCommandIT {

    /**
     * Far enough that this stack's first service lies past the test stack's last process (its services, the
     * authority's consumer and the pseudonymiser: the first service port plus 0 to 5), and no port of one stack's
     * infrastructure meets another's.
     */
    private static final int PORT_OFFSET = 7;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What Keycloak's {@code kc.sh} says when it runs its build step. */
    private static final String KEYCLOAK_BUILDS = "Updating the configuration and installing your custom providers";

    @Test
    void startSaysWhatStartedAndWarnsOfNothing(@TempDir Path state) throws Exception {
        boolean keycloakBuildKept = keptKeycloakBuilds() > 0;
        try {
            String output = stack(state, "start");
            assertTrue(output.contains("Rød Tråd is running."), output);
            // A build of Keycloak another stack of this clone kept is not made again (testkit's KeycloakBuildCache).
            String keycloakLog = Files.readString(state.resolve("logs/keycloak.log"));
            if (keycloakBuildKept) {
                assertFalse(keycloakLog.contains(KEYCLOAK_BUILDS), keycloakLog);
            } else {
                assertEquals(1, keptKeycloakBuilds(), "the first stack to build Keycloak keeps its build");
            }
            List<String> warnings = output.lines().filter(line -> line.contains("WARN") || line.contains("SLF4J")).toList();
            assertEquals(List.of(), warnings, output);
            assertEquals(1, output.lines().filter(line -> line.contains("PostgreSQL, Kafka and Keycloak")
                    && line.contains("ready after")).count(), output);
            for (String service : Stream.concat(RunningSystem.SERVICES.stream(),
                    Stream.of(StackConfig.AUTHORITY_CONSUMER, StackConfig.ANALYTICS)).toList()) {
                assertEquals(1, output.lines().filter(line -> line.contains(service) && line.contains("ready after"))
                        .count(), output);
            }
            // The demo data's underretning (Malik's) reached the authority's case system, as the consumer hands it on.
            Path authority = state.resolve("authority").resolve("underretninger");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(List.of("Malik Hansen"),
                    notifiedChildren(authority)));
            // Its ended plans give "Hvad virker?" one intervention with figures: the school psychologist's talks.
            assertTrue(evaluationAsAnalyst().lines().anyMatch(line -> line.startsWith(
                    "Korte samtaleforløb hos skolepsykologen;I alt;I alt;6;80;5;60;5;40;5;")), evaluationAsAnalyst());
        } finally {
            stack(state, "stop");
        }
    }

    /** How many builds of Keycloak stacks of this clone have kept beside the distribution's archive. */
    private static long keptKeycloakBuilds() throws IOException {
        Path folder = StackConfig.forTests().root().resolve("testkit/server-dists/target/keycloak");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("built-")
                    && !f.getFileName().toString().contains(".partial")).count();
        }
    }

    /** The names of the children in the notifications the authority's consumer wrote to the folder. */
    private static List<String> notifiedChildren(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            var names = new ArrayList<String>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                names.add(JSON.readTree(file.toFile()).at("/data/child/name").asText());
            }
            return names;
        }
    }

    /** followup-service's evaluation as CSV, as the demo analyst downloads it. */
    private static String evaluationAsAnalyst() throws Exception {
        var tests = StackConfig.forTests();
        String realm = "http://localhost:" + (tests.keycloakPort() + PORT_OFFSET) + "/realms/" + DemoUsers.REALM;
        String token = Tokens.password(realm, StackConfig.FOLLOWUP, DemoClients.secret(StackConfig.FOLLOWUP),
                DemoUsers.ANDERS, DemoUsers.PASSWORD);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:"
                + (tests.servicePort(StackConfig.FOLLOWUP) + PORT_OFFSET) + "/evaluering/tal.csv"))
                .header("Authorization", "Bearer " + token).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Runs the stack command to its end; returns what it printed, its errors included. */
    private static String stack(Path state, String command) throws Exception {
        var tests = StackConfig.forTests();
        Path testkit = tests.root().resolve("testkit/target");
        var line = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", testkit.resolve("classes") + ":" + testkit.resolve("lib") + "/*",
                "-Drodtraad.local.state-dir=" + state,
                "-Drodtraad.local.pg-port=" + (tests.postgresPort() + PORT_OFFSET),
                "-Drodtraad.local.kafka-port=" + (tests.kafkaPort() + PORT_OFFSET),
                "-Drodtraad.local.kafka-controller-port=" + (tests.kafkaControllerPort() + PORT_OFFSET),
                "-Drodtraad.local.keycloak-port=" + (tests.keycloakPort() + PORT_OFFSET),
                "-Drodtraad.local.keycloak-management-port=" + (tests.keycloakManagementPort() + PORT_OFFSET),
                "-Drodtraad.local.concern-port=" + (tests.servicePort(StackConfig.CONCERN) + PORT_OFFSET),
                "-Drodtraad.local.network-meeting-port=" + (tests.servicePort(StackConfig.NETWORK_MEETING) + PORT_OFFSET),
                "-Drodtraad.local.catalogue-port=" + (tests.servicePort(StackConfig.CATALOGUE) + PORT_OFFSET),
                "-Drodtraad.local.followup-port=" + (tests.servicePort(StackConfig.FOLLOWUP) + PORT_OFFSET),
                "-Drodtraad.local.authority-consumer-port="
                        + (tests.servicePort(StackConfig.AUTHORITY_CONSUMER) + PORT_OFFSET),
                "-Drodtraad.local.analytics-port=" + (tests.servicePort(StackConfig.ANALYTICS) + PORT_OFFSET)));
        line.add("-Drodtraad.root=" + tests.root());
        line.add("dk.rodtraad.testkit.cli.Stack");
        line.add(command);
        var builder = new ProcessBuilder(line).redirectErrorStream(true);
        // The developer's own local stack settings must not steer this one.
        builder.environment().keySet().removeIf(name -> name.startsWith("RODTRAAD_LOCAL_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), command + " did not end:\n" + output);
        assertEquals(0, process.exitValue(), command + " failed:\n" + output);
        return output;
    }
}
