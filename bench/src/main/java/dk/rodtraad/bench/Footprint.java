package dk.rodtraad.bench;

import dk.rodtraad.testkit.ServiceProcess;
import dk.rodtraad.testkit.StackProcesses;
import dk.rodtraad.testkit.embedded.Readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Resident memory (Linux's {@code VmRSS}) and how long a service takes to be ready when it starts alone. */
final class Footprint {

    private static final int STARTS = 3;

    /** Megabytes resident for the process ({@code VmRSS}), 0 if it is gone. */
    static double residentMegabytes(long pid) {
        return kilobytes(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:") / 1024.0;
    }

    /** The process's proportional share of resident memory ({@code Pss}) in megabytes, 0 if it is gone. */
    static double proportionalMegabytes(long pid) {
        return kilobytes(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:") / 1024.0;
    }

    /** The kilobytes on the line that starts with {@code field} in a /proc file, 0 if the process is gone. */
    private static long kilobytes(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /**
     * Megabytes resident for the whole stack: the services and every process whose command line names the stack's
     * state folder (PostgreSQL, the broker, Keycloak), with their children (PostgreSQL's backends). Each process counts
     * its proportional share ({@code Pss}): PostgreSQL's backends all map the same shared buffers, which a sum of
     * their {@code VmRSS} would count once per backend.
     */
    static double stackMegabytes(Path stateDir, Set<Long> servicePids) {
        var pids = new HashSet<>(servicePids);
        StackProcesses.of(stateDir).forEach(process -> pids.add(process.pid()));
        return pids.stream().mapToDouble(Footprint::proportionalMegabytes).sum();
    }

    /** How long each of a service's starts alone took to answer ready, in seconds, in the order they ran. */
    record Starts(List<Double> seconds) {

        double median() {
            var sorted = seconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        /** e.g. "3 starts: 4.03, 3.21, 3.12 s" */
        String described() {
            return seconds.size() + " starts: "
                    + seconds.stream().map(Goal::number).collect(Collectors.joining(", ")) + " s";
        }
    }

    /**
     * Starts the service alone {@link #STARTS} times, and stops it after the last. Alone means with nothing else of the
     * system's on the two cores: a service's first seconds after it answers ready (its consumers joining their groups,
     * the relay's first round, the JIT compiling what they run) took up to 1.3 s from the start of the service measured
     * after it. One start says little on a shared host, hence the median of three.
     */
    static Starts startsAlone(ServiceProcess service, Map<String, String> config) {
        var seconds = new ArrayList<Double>();
        try {
            for (int start = 0; start < STARTS; start++) {
                seconds.add(startAlone(service, config).toMillis() / 1000.0);
            }
        } finally {
            service.stop();
        }
        return new Starts(List.copyOf(seconds));
    }

    /** Stops the service, starts it alone, and returns how long it took to answer ready (polled every 50 ms). */
    private static Duration startAlone(ServiceProcess service, Map<String, String> config) {
        service.stop();
        long begun = System.nanoTime();
        service.start(config);
        String ready = service.url().replace("localhost", "127.0.0.1") + "/q/health/ready";
        while (!Readiness.httpOk(ready)) {
            if (System.nanoTime() - begun > Duration.ofMinutes(2).toNanos()) {
                throw new IllegalStateException(service.name() + " was not ready within 2 minutes");
            }
            BenchSystem.sleep(Duration.ofMillis(50));
        }
        return Duration.ofNanos(System.nanoTime() - begun);
    }

    private Footprint() {
    }
}
