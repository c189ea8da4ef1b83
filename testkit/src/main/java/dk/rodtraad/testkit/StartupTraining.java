package dk.rodtraad.testkit;

import dk.rodtraad.testkit.embedded.ManagedProcess;
import dk.rodtraad.testkit.embedded.Readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A service's AOT cache trained on a real start (ADR 0029). The build's cache ({@code app.aot}) holds what Quarkus
 * loads in its static initialisation, as the build starts the service without a database or a broker; a real start
 * loads and compiles as much again (Hibernate Reactive, the PostgreSQL and Kafka clients, OIDC, the health checks).
 * A training start runs the packaged service against the running infrastructure with {@code -XX:AOTCacheOutput}
 * (JDK 25 and newer: JEP 514 and 515): when it stops, the JVM writes a cache of every class it loaded and linked and
 * of the profiles of the methods it ran, {@code app-trained.aot} beside the jar. A service started with it was ready
 * in 2.8–3.4 s where the build's cache took 5.9–6.6 s, with half the CPU (docs/performance.md, "Footprint").
 *
 * <p>The JVM accepts a cache only for the very jars it was trained on, so a trained cache counts only while it is
 * newer than the package; every build makes a new package, and the next training a new cache.
 */
final class StartupTraining {

    static final String TRAINED_CACHE = "app-trained.aot";
    /** Written by the training JVM, renamed to {@link #TRAINED_CACHE} once the JVM says it is complete. */
    private static final String CACHE_BEING_WRITTEN = "app-trained.aot.part";
    /** The JVM writes the cache as it exits: about 25 s on two idle cores, much longer beside three others. */
    static final Duration CACHE_WRITING = Duration.ofMinutes(4);
    /** What a start does before anyone asks anything, and what the first requests touch. */
    private static final List<String> FIRST_REQUESTS = List.of("/q/health/ready", "/q/health/live", "/q/health", "/");
    private static final int ROUNDS = 20;

    private StartupTraining() {
    }

    /** JDK 25 made one option of recording and writing the cache; before it, training took two runs. */
    static boolean supported() {
        return Runtime.version().feature() >= 25;
    }

    /** The trained cache's option, when a training wrote one after this package was built. */
    static Optional<String> current(Path jar) {
        Path trained = jar.resolveSibling(TRAINED_CACHE);
        if (!supported() || !Files.exists(trained)) {
            return Optional.empty();
        }
        return newerThanThePackage(trained, jar) ? Optional.of("-XX:AOTCache=" + TRAINED_CACHE) : Optional.empty();
    }

    private static boolean newerThanThePackage(Path trained, Path jar) {
        try {
            var made = Files.getLastModifiedTime(trained);
            for (Path packaged : List.of(jar, jar.resolveSibling("app.aot"))) {
                if (Files.exists(packaged) && Files.getLastModifiedTime(packaged).compareTo(made) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM options of a training start, after the cache a training wrote before is gone. */
    static List<String> recording(Path jar) {
        try {
            Files.deleteIfExists(jar.resolveSibling(TRAINED_CACHE));
            Files.deleteIfExists(jar.resolveSibling(CACHE_BEING_WRITTEN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-XX:AOTCacheOutput=" + CACHE_BEING_WRITTEN);
    }

    /** Asks the ready service what its first users and its orchestrator ask, so the cache holds that path too. */
    static void exercise(String baseUrl, String managementUrl) {
        for (int round = 0; round < ROUNDS; round++) {
            FIRST_REQUESTS.forEach(path -> Readiness.httpOk(baseUrl + path));
            // Prometheus's scrape, on the management interface (ADR 0036).
            Readiness.httpOk(managementUrl + "/q/metrics");
        }
    }

    /**
     * Keeps the cache the stopped training JVM wrote, once its log (from {@code logFrom} on) says the cache is
     * complete; a JVM stopped before it finished leaves a file that must not be used.
     */
    static void keep(Path jar, Path log, long logFrom, String service) {
        Path written = jar.resolveSibling(CACHE_BEING_WRITTEN);
        if (!Files.exists(written) || !ManagedProcess.logSince(log, logFrom).contains("AOTCache creation is complete")) {
            throw new IllegalStateException(service + "'s training start wrote no complete AOT cache (see " + log + ")");
        }
        try {
            Files.move(written, jar.resolveSibling(TRAINED_CACHE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
