package dk.rodtraad.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which AOT cache a start takes, and when a training's cache is kept: files only, no JVM started. */
class StartupTrainingTest {

    private static final Instant BUILT = Instant.parse("2026-12-03T07:13:32Z");

    @Test
    void aCacheTrainedAfterTheBuildIsUsed(@TempDir Path app) throws Exception {
        Path jar = packaged(app);
        write(app.resolve(StartupTraining.TRAINED_CACHE), BUILT.plusSeconds(60));

        assertEquals(StartupTraining.supported() ? Optional.of("-XX:AOTCache=app-trained.aot") : Optional.empty(),
                StartupTraining.current(jar));
    }

    @Test
    void aCacheTrainedBeforeTheLatestBuildIsNot(@TempDir Path app) throws Exception {
        Path jar = packaged(app);
        write(app.resolve(StartupTraining.TRAINED_CACHE), BUILT.minusSeconds(60));

        assertEquals(Optional.empty(), StartupTraining.current(jar));
    }

    @Test
    void withoutATrainingThereIsNoTrainedCache(@TempDir Path app) throws Exception {
        assertEquals(Optional.empty(), StartupTraining.current(packaged(app)));
    }

    @Test
    void aTrainingRecordsIntoAFileOfItsOwnAndForgetsTheOldCache(@TempDir Path app) throws Exception {
        Path jar = packaged(app);
        write(app.resolve(StartupTraining.TRAINED_CACHE), BUILT.plusSeconds(60));

        assertEquals(List.of("-XX:AOTCacheOutput=app-trained.aot.part"), StartupTraining.recording(jar));
        assertFalse(Files.exists(app.resolve(StartupTraining.TRAINED_CACHE)));
    }

    @Test
    void theCacheIsKeptOnlyWhenTheTrainingJvmSaidItWasComplete(@TempDir Path app) throws Exception {
        Path jar = packaged(app);
        Path log = app.resolve("service.log");
        Files.writeString(log, "AOTCache creation is complete: app-trained.aot.part 1 bytes\n"
                + "a later start\n");
        long trainingFrom = Files.size(log);
        Files.writeString(app.resolve("app-trained.aot.part"), "half a cache");
        Files.writeString(log, "Launching child process to assemble AOT cache\n", java.nio.file.StandardOpenOption.APPEND);

        var refused = assertThrows(IllegalStateException.class,
                () -> StartupTraining.keep(jar, log, trainingFrom, "catalogue-service"));
        assertTrue(refused.getMessage().contains("catalogue-service"), refused.getMessage());
        assertFalse(Files.exists(app.resolve(StartupTraining.TRAINED_CACHE)));

        Files.writeString(log, "AOTCache creation is complete: app-trained.aot.part 12 bytes\n",
                java.nio.file.StandardOpenOption.APPEND);
        StartupTraining.keep(jar, log, trainingFrom, "catalogue-service");
        assertEquals("half a cache", Files.readString(app.resolve(StartupTraining.TRAINED_CACHE)));
        assertFalse(Files.exists(app.resolve("app-trained.aot.part")));
    }

    private static Path packaged(Path app) throws Exception {
        write(app.resolve("app.aot"), BUILT);
        return write(app.resolve("quarkus-run.jar"), BUILT);
    }

    private static Path write(Path file, Instant modified) throws Exception {
        Files.writeString(file, file.getFileName().toString());
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
