package dk.rodtraad.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One line of Linux's {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat}: a process's or a thread's name
 * and the CPU it used, its own and that of its children that have ended (a parent collects their CPU when it reaps
 * them, as PostgreSQL's postmaster does for each backend whose connection closed).
 *
 * @param name the process's or thread's name, e.g. {@code C2 CompilerThread0}
 */
public record ProcStat(String name, Duration own, Duration endedChildren) {

    /** The unit of the file's CPU times: Linux's USER_HZ, 100 on every architecture it runs on here. */
    private static final long TICKS_PER_SECOND = 100;

    /** The file's figures; empty when it cannot be read (not Linux, or the process or thread has ended). */
    public static Optional<ProcStat> read(Path stat) {
        try {
            String line = Files.readString(stat);
            // "pid (name) state ...": the name may hold spaces, so the fields are counted from its closing parenthesis.
            String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new ProcStat(name, ticks(fields[11]).plus(ticks(fields[12])),
                    ticks(fields[13]).plus(ticks(fields[14]))));
        } catch (IOException | RuntimeException notLinuxOrGone) {
            return Optional.empty();
        }
    }

    /** The process's own figures ({@code /proc/<pid>/stat}). */
    public static Optional<ProcStat> of(long pid) {
        return read(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static Duration ticks(String field) {
        return Duration.ofMillis(Long.parseLong(field) * 1000 / TICKS_PER_SECOND);
    }
}
