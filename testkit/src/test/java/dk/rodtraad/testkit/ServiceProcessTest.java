package dk.rodtraad.testkit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The container images run the services with the JVM settings the local stack, the tests and the bench measured
 * (docs/performance.md, "Footprint"): the parent pom's {@code quarkus.jib.jvm-additional-arguments} and
 * {@link ServiceProcess}'s defaults must not drift apart.
 */
class ServiceProcessTest {

    private static final Pattern IMAGE_ARGUMENTS = Pattern.compile(
            "<quarkus\\.jib\\.jvm-additional-arguments>([^<]*)</quarkus\\.jib\\.jvm-additional-arguments>");

    @Test
    void theImagesRunWithTheLocalStacksMemorySettings() throws IOException {
        var pom = Files.readString(StackConfig.repositoryRoot().resolve("pom.xml"));
        var image = IMAGE_ARGUMENTS.matcher(pom).results().map(match -> match.group(1)).toList();
        assertEquals(1, image.size(), "the parent pom's JVM arguments for the images");
        // The images run JDK 21, which has no native heap trimming (JDK 22) and would refuse to start with it.
        var local = Arrays.stream(ServiceProcess.DEFAULT_JVM_OPTIONS.trim().split("\\s+"))
                .filter(option -> !option.startsWith("-XX:TrimNativeHeapInterval="))
                .toList();
        assertEquals(local, List.of(image.getFirst().split(",")));
    }
}
