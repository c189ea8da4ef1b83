package dk.rodtraad.testkit;

import dk.rodtraad.testkit.embedded.ManagedProcess;
import dk.rodtraad.testkit.embedded.Readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/** One service as a separate process, from its packaged jar, known by its PID file. */
public final class ServiceProcess {

    private final String service;
    private final int port;
    private final Path jar;
    private final Path pidFile;
    private final Path log;

    public ServiceProcess(StackConfig stack, String service) {
        this.service = service;
        this.port = stack.servicePort(service);
        this.jar = stack.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        this.pidFile = stack.stateDir().resolve("services").resolve(service + ".pid");
        this.log = stack.stateDir().resolve("logs").resolve(service + ".log");
    }

    public String name() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public Optional<ProcessHandle> running() {
        return ManagedProcess.running(pidFile);
    }

    /** Starts the service unless it runs already; returns at once — see {@link #awaitReady}. */
    public boolean start(Map<String, String> config) {
        if (running().isPresent()) {
            return false;
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException(service + " is not built (no " + jar + "): run ./mvnw -DskipTests package");
        }
        var command = new ArrayList<String>();
        command.add(ManagedProcess.javaBinary());
        command.add("-Xmx384m");
        command.add("-Dquarkus.http.port=" + port);
        // Loopback only: a demo on a laptop must not offer children's data to the network it sits on.
        command.add("-Dquarkus.http.host=127.0.0.1");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(pidFile.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ManagedProcess.start(command, Map.of(), jar.getParent(), log, pidFile);
        return true;
    }

    /** Waits until the service's readiness (its database and Kafka) is UP. */
    public void awaitReady(Duration timeout) {
        var process = running().orElse(null);
        if (!Readiness.await(() -> Readiness.httpOk("http://127.0.0.1:" + port + "/q/health/ready"), timeout, process)) {
            throw new IllegalStateException(service + " did not become ready on port " + port + "\n"
                    + ManagedProcess.tail(log, 40));
        }
    }

    public void stop() {
        ManagedProcess.stop(pidFile, Duration.ofSeconds(20));
    }
}
