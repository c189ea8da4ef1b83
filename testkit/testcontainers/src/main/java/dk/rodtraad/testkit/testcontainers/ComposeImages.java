package dk.rodtraad.testkit.testcontainers;

import org.testcontainers.utility.DockerImageName;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The third-party images of deploy/compose/compose.yaml, so that the containers of the tests and of a single host are
 * the same, at the versions of the servers the embedded provider runs (deploy/compose's ComposeFileTest holds them to
 * the parent pom's).
 */
record ComposeImages(DockerImageName postgres, DockerImageName kafka, DockerImageName keycloak) {

    static ComposeImages of(Path root) {
        try (Reader reader = Files.newBufferedReader(root.resolve("deploy/compose/compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<?, ?> services = (Map<?, ?>) compose.get("services");
            return new ComposeImages(image(services, "postgres"), image(services, "kafka"), image(services, "keycloak"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DockerImageName image(Map<?, ?> services, String service) {
        return DockerImageName.parse(String.valueOf(((Map<?, ?>) services.get(service)).get("image")));
    }
}
