package dk.rodtraad.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The CPU each part of a running stack has used so far: each running service instance (by its label), PostgreSQL with
 * its backends, the broker, Keycloak, and this JVM (the load a bench or a tool puts on the stack). On two cores every
 * part takes its CPU from the others, so where the CPU went while a figure was measured says what limited it: a
 * concern's ingest is paid by concern-service and PostgreSQL, and again by every replica that applies its events.
 *
 * @param processes by process id, its part and the CPU it has used since it started
 * @param atNanos   when they were read ({@link System#nanoTime()})
 */
public record StackCpu(Map<Long, Used> processes, long atNanos) {

    public static final String POSTGRESQL = "PostgreSQL";
    public static final String BROKER = "the broker";
    public static final String KEYCLOAK = "Keycloak";
    public static final String THIS_JVM = "the load";

    /** One process's part of the stack and the CPU it has used. */
    public record Used(String part, Duration cpu) {
    }

    /** The parts' CPU now. */
    public static StackCpu of(RunningSystem system) {
        var processes = new HashMap<Long, Used>();
        var services = new ArrayList<>(system.runningInstances());
        services.add(system.authorityConsumer());
        services.add(system.analytics());
        for (ServiceProcess service : services) {
            service.running().ifPresent(process ->
                    processes.put(process.pid(), new Used(RunningSystem.label(service), cpu(process))));
        }
        StackProcesses.of(system.config().stateDir())
                .forEach(process -> processes.putIfAbsent(process.pid(), new Used(part(process), cpu(process))));
        var self = ProcessHandle.current();
        processes.put(self.pid(), new Used(THIS_JVM, cpu(self)));
        return new StackCpu(processes, System.nanoTime());
    }

    /**
     * The CPU a part used between {@code earlier} and this: a process that started since counts from its start; one
     * that ended meanwhile counts in its parent's (a PostgreSQL backend whose connection closed, in the postmaster's).
     */
    public Duration since(StackCpu earlier, String part) {
        return processes.entrySet().stream()
                .filter(process -> process.getValue().part().equals(part))
                .map(process -> {
                    Used before = earlier.processes.get(process.getKey());
                    Duration now = process.getValue().cpu();
                    return before == null || !before.part().equals(part) ? now : now.minus(before.cpu());
                })
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * e.g. "concern-service 70 %, PostgreSQL 55 %, network-meeting-service 22 %": each part's share of one core
     * between {@code earlier} and this, the busiest first; parts below 1 % left out.
     */
    public String sharesSince(StackCpu earlier) {
        double seconds = Math.max(1, atNanos - earlier.atNanos) / 1e9;
        Map<String, Double> shares = new TreeMap<>();
        processes.values().stream().map(Used::part).distinct()
                .forEach(part -> shares.put(part, since(earlier, part).toNanos() / 1e9 / seconds * 100));
        return shares.entrySet().stream()
                .filter(share -> share.getValue() >= 1)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(share -> String.format(Locale.ROOT, "%s %.0f %%", share.getKey(), share.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** e.g. "the CPU meanwhile in % of one core: concern-service 70 %, PostgreSQL 55 %, ...", for a figure's note. */
    public String noteSince(StackCpu earlier) {
        return "the CPU meanwhile in % of one core: " + sharesSince(earlier);
    }

    private static String part(ProcessHandle process) {
        if (process.info().command().orElse("").endsWith("postgres")) {
            return POSTGRESQL;
        }
        return process.info().commandLine().orElse("").contains("keycloak") ? KEYCLOAK : BROKER;
    }

    /**
     * The process's CPU and that of its children that have ended, so a phase whose own PostgreSQL connections closed
     * before its end (the JDBC baseline) is counted, in the postmaster's; where {@code /proc} cannot be read, the
     * process's own.
     */
    static Duration cpu(ProcessHandle process) {
        return ProcStat.of(process.pid()).map(stat -> stat.own().plus(stat.endedChildren()))
                .orElseGet(() -> process.info().totalCpuDuration().orElse(Duration.ZERO));
    }
}
