package dk.rodtraad.bench;

import dk.rodtraad.testkit.ProcStat;
import dk.rodtraad.testkit.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How busy a service's JIT compiler was while a figure was measured: the CPU its compiler threads ({@code C1
 * CompilerThread0}, {@code C2 CompilerThread0}, ...) used, from Linux's {@code /proc/<pid>/task/<tid>/stat}. On two
 * cores a service under load kept compiling for minutes; a figure measured meanwhile says how fast the JIT gets done,
 * not how fast the service runs. The share goes into the figure's note, so a reader sees whether the service was warm.
 */
final class JitCompiler {

    private final long pid;
    private final double cpuSecondsAtStart;
    private final long startedNanos;

    JitCompiler(long pid) {
        this.pid = pid;
        this.cpuSecondsAtStart = cpuSeconds(pid);
        this.startedNanos = System.nanoTime();
    }

    /** Starts watching the service's compiler threads (nothing to watch if it is not running, or not on Linux). */
    static JitCompiler watch(ServiceProcess service) {
        return new JitCompiler(service.running().map(ProcessHandle::pid).orElse(-1L));
    }

    /** e.g. "concern-service's JIT compiler used 3.20 % of a core meanwhile". */
    String note(String service) {
        double seconds = cpuSeconds(pid) - cpuSecondsAtStart;
        if (pid < 0 || seconds < 0) {
            return service + "'s JIT compiler could not be watched (not running, restarted, or not on Linux)";
        }
        // In nanoseconds: a note asked for within the same millisecond as the watch began divided 0 by 0.
        long elapsedNanos = Math.max(1, System.nanoTime() - startedNanos);
        double share = seconds / (elapsedNanos / 1e9);
        return service + "'s JIT compiler used " + Goal.number(share * 100) + " % of a core meanwhile";
    }

    /** CPU seconds the process's compiler threads have used so far; -1 when they cannot be read. */
    static double cpuSeconds(long pid) {
        if (pid < 0) {
            return -1;
        }
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.flatMap(thread -> ProcStat.read(thread.resolve("stat")).stream())
                    .filter(thread -> thread.name().contains("CompilerThre"))
                    .mapToLong(thread -> thread.own().toMillis()).sum() / 1000.0;
        } catch (IOException e) {
            return -1;
        }
    }
}
