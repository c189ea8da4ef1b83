package dk.rodtraad.systemtests.operations;

import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's jar started as a municipality's operator would start it, but told nothing: it knows no demo address
 * and no demo secret, so it refuses to start and names the variables to set, rather than start with the demo realm's
 * public secret or look for a database on localhost.
 */
class ProductionStartIT {

    /** Everything a production start must be told, with values that point nowhere. */
    private static final Map<String, String> ALL_BUT_SECRETS = Map.of(
            "quarkus.datasource.username", "rodtraad",
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.invalid:5432/rodtraad",
            "quarkus.datasource.reactive.url", "postgresql://db.invalid:5432/rodtraad",
            "quarkus.flyway.username", "rodtraad_owner",
            "quarkus.flyway.password", "not-used",
            "kafka.bootstrap.servers", "kafka.invalid:9092",
            "quarkus.oidc.auth-server-url", "https://login.invalid/realms/rodtraad");

    @ParameterizedTest
    @ValueSource(strings = {StackConfig.CONCERN, StackConfig.NETWORK_MEETING, StackConfig.CATALOGUE, StackConfig.FOLLOWUP})
    void aServiceToldNothingRefusesToStartAndNamesWhatIsMissing(String service) throws Exception {
        String output = refusedStart(service, Map.of());

        for (String setting : new String[] {"quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.datasource.reactive.url", "kafka.bootstrap.servers", "quarkus.oidc.auth-server-url",
                "quarkus.oidc.credentials.secret"}) {
            assertTrue(output.contains("Could not expand value " + setting + " "), setting + " is named:\n" + output);
        }
        assertTrue(output.contains("rodtraad.kafka.password is required"), output);
    }

    @ParameterizedTest
    @ValueSource(strings = {StackConfig.CONCERN, StackConfig.CATALOGUE})
    void aServiceWithoutItsSecretsRefusesToStartAndNamesThem(String service) throws Exception {
        String output = refusedStart(service, ALL_BUT_SECRETS);

        assertTrue(output.contains("Could not expand value quarkus.datasource.password "), output);
        assertTrue(output.contains("Could not expand value quarkus.oidc.credentials.secret "), output);
        assertTrue(output.contains("rodtraad.kafka.password is required"), output);
        assertTrue(!output.contains("Could not expand value quarkus.oidc.auth-server-url "), output);
    }

    private static String refusedStart(String service, Map<String, String> config) throws Exception {
        Path jar = StackConfig.repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.http.port=0");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Nothing from this machine's environment may fill a gap.
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("KAFKA_")
                || name.startsWith("RODTRAAD_"));
        Process process = builder.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), service + " neither started nor stopped");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), service + " started:\n" + output);
        return output;
    }
}
