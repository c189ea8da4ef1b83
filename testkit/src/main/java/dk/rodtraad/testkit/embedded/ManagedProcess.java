package dk.rodtraad.testkit.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A server process that outlives the JVM that started it (the local stack's command exits while the system runs),
 * known by the PID in its pid file and stopped by that PID, its children first.
 */
public final class ManagedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ManagedProcess() {
    }

    /** Starts the command in a session of its own, output to {@code log}, and writes its PID to {@code pidFile}. */
    public static ProcessHandle start(List<String> command, Map<String, String> environment, Path workDir, Path log,
            Path pidFile) {
        var fullCommand = new ArrayList<String>();
        // A session of its own: closing the terminal that ran `./rodtraad start` must not stop the system.
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(fullCommand).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return process.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /** The process named in the pid file, if it is still alive. */
    public static Optional<ProcessHandle> running(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Asks the process and its children to stop (SIGTERM), and kills what is still alive after the grace time. */
    public static void stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : all) {
            while (handle.isAlive() && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofMillis(100));
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    public static void stop(Path pidFile, Duration grace) {
        running(pidFile).ifPresent(process -> stop(process, grace));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of a log, to say why a server did not come up. */
    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** How long the log is now: what a process writes from here on follows this offset. */
    public static long logLength(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the log holds from {@code offset} on ({@link #logLength}): one start's lines in a log kept across starts. */
    public static String logSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            int start = (int) Math.min(offset, all.length);
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The java of the JVM running now: a JDK 21+ by the build's own check. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Map<String, String> javaHomeEnvironment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }
}
