package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.DemoUsers;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keycloak from its distribution on Maven Central, importing deploy/keycloak/rodtraad-realm.json at every start into
 * an in-memory database, so the realm is always exactly the one in the repository, and with the login themes of
 * deploy/keycloak/themes in the distribution's {@code themes/} folder, where {@code start-dev} reads them uncached.
 */
final class KeycloakServer {

    static final String VERSION = "26.5.6";
    /** Keycloak's build options: the same at every start, so its build step runs once ({@link KeycloakBuildCache}). */
    private static final List<String> BUILD_OPTIONS = List.of("start-dev", "--db=dev-mem");

    private final Path archive;
    private final Path realm;
    private final Path themes;
    private final Path home;
    private final KeycloakBuildCache build;
    private final Path log;
    private final Path pidFile;
    private final int port;
    private final int managementPort;

    KeycloakServer(Path root, Path stateDir, int port, int managementPort) {
        this.archive = root.resolve("testkit/server-dists/target/keycloak/keycloak-quarkus-dist.tar.gz");
        this.realm = root.resolve("deploy/keycloak/rodtraad-realm.json");
        this.themes = root.resolve("deploy/keycloak/themes");
        this.home = stateDir.resolve("keycloak-" + VERSION);
        this.build = new KeycloakBuildCache(archive, VERSION, BUILD_OPTIONS);
        this.log = stateDir.resolve("logs").resolve("keycloak.log");
        this.pidFile = stateDir.resolve("keycloak.pid");
        this.port = port;
        this.managementPort = managementPort;
    }

    /** The one name Keycloak is known by: the issuer in every token, whether it was fetched by a service or a browser. */
    String url() {
        return "http://localhost:" + port;
    }

    Optional<ProcessHandle> running() {
        return ManagedProcess.running(pidFile).filter(p -> realmAnswers());
    }

    /** Sends a signal to Keycloak's launcher script and its JVM: {@code STOP} freezes them, {@code CONT} thaws them. */
    void signal(String signal) {
        var launcher = ManagedProcess.running(pidFile)
                .orElseThrow(() -> new IllegalStateException("Keycloak does not run on port " + port));
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        Stream.concat(Stream.of(launcher), launcher.descendants()).forEach(p -> command.add(String.valueOf(p.pid())));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ProcessHandle start() {
        try {
            unpackOnce();
            installThemes();
            Files.createDirectories(importedRealm().getParent());
            Files.copy(realm, importedRealm(), StandardCopyOption.REPLACE_EXISTING);
            var command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString()));
            command.addAll(BUILD_OPTIONS);
            command.addAll(List.of("--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url(),
                    "--http-management-port=" + managementPort, "--import-realm",
                    "--log-level=WARN,org.keycloak.services:INFO"));
            var process = ManagedProcess.start(command, environment(), home, log, pidFile);
            if (!Readiness.await(this::realmAnswers, Readiness.deadline(), process)) {
                // A Keycloak that never answered must not linger on the port for the next start to find.
                stop();
                throw new IllegalStateException("Keycloak did not start on port " + port + "\n" + ManagedProcess.tail(log, 40));
            }
            build.keep(home);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the running Keycloak imported the repository's realm as it is now: the realm is read only at start, so
     * one started before the realm file changed (a local stack left running) serves the old realm until restarted.
     */
    boolean hasCurrentRealm() {
        try {
            return Files.exists(importedRealm()) && Files.mismatch(importedRealm(), realm) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies each theme of deploy/keycloak/themes over the distribution's, whole, so a file removed from the
     * repository goes too. A running {@code start-dev} Keycloak caches no theme: its next page shows the copy.
     */
    void installThemes() {
        try (var themeDirs = Files.list(themes)) {
            for (Path theme : themeDirs.filter(Files::isDirectory).toList()) {
                Path target = home.resolve("themes").resolve(theme.getFileName().toString());
                KafkaBroker.deleteTree(target);
                try (var paths = Files.walk(theme)) {
                    for (Path source : paths.toList()) {
                        Path copy = target.resolve(theme.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kc.sh runs Keycloak's JVM as its child: both go, the child first. */
    void stop() {
        ManagedProcess.stop(pidFile, Duration.ofSeconds(20));
    }

    private Map<String, String> environment() {
        var environment = new java.util.HashMap<>(ManagedProcess.javaHomeEnvironment());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        return environment;
    }

    /** The copy of the realm the running (or last) Keycloak imported at its start. */
    private Path importedRealm() {
        return home.resolve("data/import/rodtraad-realm.json");
    }

    private boolean realmAnswers() {
        return Readiness.httpOk(url() + "/realms/" + DemoUsers.REALM + "/.well-known/openid-configuration");
    }

    private void unpackOnce() throws IOException {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The Keycloak distribution is missing at " + archive
                    + ": build first (./mvnw -DskipTests package)");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        KafkaBroker.deleteTree(partial);
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(archive))))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                // Entries are "keycloak-<version>/...": drop the top folder.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = partial.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Unsafe path in the Keycloak archive: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        build.seed(partial);
        // Only a complete unpack counts: a half one from an interrupted run is thrown away above.
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    }
}
