package dk.rodtraad.testkit;

import dk.rodtraad.testkit.embedded.ManagedProcess;
import dk.rodtraad.testkit.embedded.Readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service as a separate process, from its packaged jar, known by its PID file. A service's second
 * instance runs the same jar against the same database and Kafka consumer groups, on a port of its own
 * ({@link StackConfig#servicePort(String, int)}), with its own PID file and log ({@code concern-service-2.log}).
 */
public final class ServiceProcess {

    private final String service;
    private final int instance;
    private final int port;
    private final int managementPort;
    private final Path jar;
    private final Path pidFile;
    private final Path log;
    private Map<String, String> lastConfig = Map.of();

    /**
     * The JVM's settings for a small footprint (docs/performance.md, "Footprint"): the serial collector, whose own
     * structures take well under a megabyte where G1's took 40 MB beside a heap this size; a heap that starts small,
     * grows to what the service needs and gives back what it no longer uses, capped at 128 MB: a service holds 36–48 MB
     * live after a load, and the serial collector keeps the heap its busiest moment took until a full collection, so
     * the cap is what a service keeps after a load (192 MB kept network-meeting-service at 448 MB resident after the
     * bench's reads, 128 MB at 350, at the same throughput); no collection of the whole heap because
     * the classes loaded at start passed metaspace's first threshold (about 21 MB; a service loads 70 MB: four full
     * collections during every start, one of 557 ms, before this setting, which reserves nothing). A setting
     * ({@code rodtraad.service.jvm-options}, or {@code RODTRAAD_SERVICE_JVM_OPTIONS}; options separated by spaces), so
     * the bench can compare other collectors and heaps without a build. A service that runs out of heap anyway ends
     * at once ({@code ExitOnOutOfMemoryError}) rather than limping on with threads that died half-way: whoever runs it
     * starts it again, and what it had not committed is redelivered.
     */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx128m -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30 -XX:MetaspaceSize=128m -XX:+ExitOnOutOfMemoryError" + nativeHeapTrim();

    /**
     * From JDK 22 on, the JVM hands glibc's freed memory back to the system every five seconds: what the JIT's and
     * the network's buffers once held otherwise stays resident (26–30 MB a service after the bench's reads, measured
     * with {@code jcmd <pid> System.trim_native_heap}). The services run on the JDK that runs this code.
     */
    private static String nativeHeapTrim() {
        return Runtime.version().feature() >= 22 ? " -XX:TrimNativeHeapInterval=5000" : "";
    }

    /**
     * glibc gives threads that allocate natively arenas of their own, up to eight per core, each keeping what it once
     * held (about 135 of a service's 350 MB resident were such arenas). Two arenas took 15 MB a service less than
     * glibc's default in the same three-minute soak (docs/performance.md, "Footprint"); a setting
     * ({@code rodtraad.service.malloc-arena-max}) to compare.
     */
    private static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";
    private static final String DEFAULT_MALLOC_ARENAS = "2";

    private static List<String> jvmOptions() {
        return List.of(StackConfig.setting("rodtraad.service.jvm-options", DEFAULT_JVM_OPTIONS).trim().split("\\s+"));
    }

    public ServiceProcess(StackConfig stack, String service) {
        this(stack, service, 1);
    }

    public ServiceProcess(StackConfig stack, String service, int instance) {
        this.service = service;
        this.instance = instance;
        this.port = stack.servicePort(service, instance);
        this.managementPort = stack.managementPort(service, instance);
        this.jar = stack.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        String file = instance == 1 ? service : service + "-" + instance;
        this.pidFile = stack.stateDir().resolve("services").resolve(file + ".pid");
        this.log = stack.stateDir().resolve("logs").resolve(file + ".log");
    }

    public String name() {
        return service;
    }

    /** 1 for a service's first instance, 2 for its second. */
    public int instance() {
        return instance;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where the instance's Prometheus metrics are: its management interface, not its public port (ADR 0036). */
    public String metricsUrl() {
        return "http://localhost:" + managementPort + "/q/metrics";
    }

    public Path log() {
        return log;
    }

    /** The last lines of the instance's log, for a failure's message. */
    public String logTail(int lines) {
        return ManagedProcess.tail(log, lines);
    }

    public Optional<ProcessHandle> running() {
        return ManagedProcess.running(pidFile);
    }

    /** Starts the service unless it runs already; returns at once — see {@link #awaitReady}. */
    public boolean start(Map<String, String> config) {
        if (running().isPresent()) {
            return false;
        }
        launch(config, startupArchive());
        return true;
    }

    /**
     * Stops the instance, starts it once to train its AOT cache on a real start, and stops it again (ADR 0029,
     * {@link StartupTraining}); the instance's next starts, and the other instances', use the cache until the next
     * build. False, with nothing done, on a JDK older than 25, which cannot record a cache in one run.
     */
    public boolean train(Map<String, String> config) {
        if (!StartupTraining.supported()) {
            return false;
        }
        stop();
        long logFrom = ManagedProcess.logLength(log);
        launch(config, StartupTraining.recording(jar));
        try {
            awaitReady(Readiness.deadline());
            StartupTraining.exercise("http://127.0.0.1:" + port, "http://127.0.0.1:" + managementPort);
        } finally {
            // Stopped whatever happened: a recording JVM left running would hold the instance's port.
            ManagedProcess.stop(pidFile, StartupTraining.CACHE_WRITING);
        }
        StartupTraining.keep(jar, log, logFrom, service);
        return true;
    }

    private void launch(Map<String, String> config, List<String> archive) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(service + " is not built (no " + jar + "): run ./mvnw -DskipTests package");
        }
        lastConfig = Map.copyOf(config);
        var command = new ArrayList<String>();
        command.add(ManagedProcess.javaBinary());
        command.addAll(jvmOptions());
        command.addAll(archive);
        command.add("-Dquarkus.http.port=" + port);
        // Loopback only: a demo on a laptop must not offer children's data to the network it sits on.
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-Dquarkus.management.host=127.0.0.1");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(pidFile.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ManagedProcess.start(command, Map.of(MALLOC_ARENA_MAX, StackConfig.setting("rodtraad.service.malloc-arena-max",
                DEFAULT_MALLOC_ARENAS)), jar.getParent(), log, pidFile);
    }

    /**
     * The AOT cache a training start wrote for this package ({@link #train}), or else the startup archive the build
     * left beside the jar (see the parent pom): JDK 25's AOT cache or an AppCDS archive. Paths relative to the
     * package, which is the process's working directory, as the archive recorded them.
     */
    private List<String> startupArchive() {
        var trained = StartupTraining.current(jar);
        if (trained.isPresent()) {
            return List.of(trained.get());
        }
        if (Files.exists(jar.resolveSibling("app.aot"))) {
            return List.of("-XX:AOTCache=app.aot");
        }
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            return List.of("-XX:SharedArchiveFile=app-cds.jsa");
        }
        return List.of();
    }

    /** Waits until the service's readiness (its database and Kafka) is UP. */
    public void awaitReady(Duration timeout) {
        var process = running().orElse(null);
        if (!Readiness.await(() -> Readiness.httpOk("http://127.0.0.1:" + port + "/q/health/ready"), timeout, process)) {
            throw new IllegalStateException(service + " did not become ready on port " + port + "\n"
                    + logTail(40));
        }
    }

    public void stop() {
        ManagedProcess.stop(pidFile, Duration.ofSeconds(20));
    }

    /**
     * Kills the instance as {@code kill -9} does (SIGKILL: no shutdown hook, no commit, no leaving its consumer
     * groups) and returns once it is dead, as a crash or a pulled plug would leave it.
     */
    public void kill() {
        running().ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        });
    }

    /** Starts the instance again as it was last started; returns at once — see {@link #awaitReady}. */
    public boolean restart() {
        return start(lastConfig);
    }
}
