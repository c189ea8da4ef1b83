package dk.rodtraad.deploy.kubernetes;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated files of deploy/kubernetes/base are what their sources make of them today: the topics and users from
 * contracts, the realm import from the production realm, the workloads from {@link Workload#ALL} at the project's
 * version. With {@code -Drodtraad.kubernetes.write=true} the test writes them instead.
 */
class GeneratedManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("rodtraad.root", "../..")).toAbsolutePath().normalize();
    static final Path BASE = ROOT.resolve("deploy/kubernetes/base");
    private static final String WRITE = "rodtraad.kubernetes.write";

    static Map<Path, String> generated() {
        var files = new LinkedHashMap<Path, String>();
        files.put(BASE.resolve("kafka/topics.yaml"), KafkaManifests.topics());
        files.put(BASE.resolve("kafka/users.yaml"), KafkaManifests.users());
        files.put(BASE.resolve("keycloak/realm-import.yaml"),
                RealmImport.yaml(ROOT.resolve("deploy/keycloak/rodtraad-realm-production.json")));
        var services = new ServiceManifests(System.getProperty("rodtraad.version"));
        Workload.ALL.forEach(workload -> files.put(BASE.resolve("services/" + workload.name() + ".yaml"),
                services.yaml(workload)));
        return files;
    }

    @TestFactory
    Stream<DynamicTest> eachGeneratedFileIsWhatItsSourceMakes() {
        return generated().entrySet().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file.getKey()).toString(), () -> {
            if (Boolean.getBoolean(WRITE)) {
                Yaml.writeFile(file.getKey(), file.getValue());
            }
            assertTrue(Files.exists(file.getKey()), "No " + file.getKey() + ": write it with -D" + WRITE + "=true");
            assertEquals(file.getValue(), Yaml.read(file.getKey()), file.getKey() + " differs from what its source makes:"
                    + " write it again (./mvnw -q -pl deploy/kubernetes-build -am verify -Dtest=GeneratedManifestsTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true) and commit it");
        }));
    }
}
