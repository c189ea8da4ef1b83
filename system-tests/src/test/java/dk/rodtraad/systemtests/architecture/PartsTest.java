package dk.rodtraad.systemtests.architecture;

import dk.rodtraad.chassis.web.Part;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chassis's {@link Part}s are the services with pages, by their names, titles and the roles their pages admit
 * ({@code rodtraad.web.roles}): the footer links a user to a part only when the part lets them in, so the two must not
 * drift apart.
 */
class PartsTest {

    @Test
    void eachPartIsAServiceWithItsTitleAndTheRolesItsPagesAdmit() throws IOException {
        for (Part part : Part.values()) {
            Properties configuration = new Properties();
            Path file = StackConfig.repositoryRoot().resolve(part.service() + "/src/main/resources/application.properties");
            try (var in = Files.newBufferedReader(file)) {
                configuration.load(in);
            }
            assertEquals(part.service(), configuration.getProperty("rodtraad.service.name"), file.toString());
            assertEquals(part.title(), configuration.getProperty("rodtraad.service.title"), file.toString());
            assertEquals(new TreeSet<>(Arrays.asList(configuration.getProperty("rodtraad.web.roles").split(","))),
                    new TreeSet<>(part.roles()), part + "'s roles");
        }
        assertEquals(Set.of("concern-service", "network-meeting-service", "catalogue-service", "followup-service"),
                Set.copyOf(Arrays.stream(Part.values()).map(Part::service).toList()), "the four services with pages");
    }
}
