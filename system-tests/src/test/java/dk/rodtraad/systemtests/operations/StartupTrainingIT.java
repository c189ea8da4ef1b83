package dk.rodtraad.systemtests.operations;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.RunningSystem;
import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackConfig;
import dk.rodtraad.testkit.embedded.ManagedProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's start trained on the real thing (ADR 0029): a training start of catalogue-service's second instance
 * against the test stack writes an AOT cache beside the package, and the next start takes it, with no word from the
 * JVM that the cache does not fit. On a JDK older than 25 the training does nothing and says so.
 */
class StartupTrainingIT {

    private final RunningSystem running = TheSystem.shared().running();

    @Test
    void aTrainedCacheIsWrittenAndTheNextStartTakesIt() throws Exception {
        ServiceProcess second = running.instance(StackConfig.CATALOGUE, 2);
        Path trained = StackConfig.repositoryRoot().resolve(StackConfig.CATALOGUE)
                .resolve("target/quarkus-app/app-trained.aot");
        try {
            boolean didTrain = second.train(running.serviceConfig(StackConfig.CATALOGUE));

            assertEquals(Runtime.version().feature() >= 25, didTrain);
            if (!didTrain) {
                assertFalse(Files.exists(trained));
                return;
            }
            assertTrue(Files.size(trained) > 0);
            assertFalse(second.running().isPresent(), "the training start is stopped");

            long logFrom = ManagedProcess.logLength(second.log());
            second.start(running.serviceConfig(StackConfig.CATALOGUE));
            second.awaitReady(Duration.ofMinutes(3));

            List<String> arguments = List.of(second.running().orElseThrow().info().arguments().orElseThrow());
            assertTrue(arguments.contains("-XX:AOTCache=app-trained.aot"), arguments.toString());
            List<String> complaints = ManagedProcess.logSince(second.log(), logFrom).lines()
                    .filter(line -> line.contains("[aot]") && (line.contains("error") || line.contains("warning")))
                    .toList();
            assertEquals(List.of(), complaints, "the JVM took the trained cache without a word");
        } finally {
            second.stop();
        }
    }
}
