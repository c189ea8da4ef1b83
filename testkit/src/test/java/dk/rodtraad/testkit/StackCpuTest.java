package dk.rodtraad.testkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackCpuTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aPartsCpuIsWhatItsProcessesUsedBetweenTheTwoReadings() {
        var before = new StackCpu(Map.of(
                1L, used(StackCpu.POSTGRESQL, 10),
                2L, used(StackCpu.POSTGRESQL, 5),
                3L, used("concern-service", 40)), 0);
        var after = new StackCpu(Map.of(
                1L, used(StackCpu.POSTGRESQL, 12),
                // A backend that connected since counts from its start; the one that ended (2) is gone.
                4L, used(StackCpu.POSTGRESQL, 1),
                3L, used("concern-service", 47)), 10 * SECOND);

        assertEquals(Duration.ofSeconds(3), after.since(before, StackCpu.POSTGRESQL));
        assertEquals(Duration.ofSeconds(7), after.since(before, "concern-service"));
        assertEquals(Duration.ZERO, after.since(before, StackCpu.BROKER));
    }

    @Test
    void theSharesOfOneCoreComeBusiestFirstAndTheIdleAreLeftOut() {
        var before = new StackCpu(Map.of(
                1L, used(StackCpu.POSTGRESQL, 0),
                2L, used("concern-service", 0),
                3L, used(StackCpu.BROKER, 0)), 0);
        var after = new StackCpu(Map.of(
                1L, used(StackCpu.POSTGRESQL, 5.5),
                2L, used("concern-service", 7),
                3L, used(StackCpu.BROKER, 0.05)), 10 * SECOND);

        assertEquals("concern-service 70 %, PostgreSQL 55 %", after.sharesSince(before));
    }

    @Test
    void theRunningTestJvmIsItsOwnPart() {
        var system = RunningSystem.attach(StackConfig.forTests());
        var cpu = StackCpu.of(system);
        assertEquals(StackCpu.THIS_JVM, cpu.processes().get(ProcessHandle.current().pid()).part());
    }

    @Test
    void aProcessCountsItsOwnCpuAndThatOfItsEndedChildren() throws Exception {
        var self = ProcessHandle.current();
        Duration before = StackCpu.cpu(self);
        Duration ownBefore = self.info().totalCpuDuration().orElseThrow();
        // A child that burns about 0.3 s of CPU and ends: once reaped, its CPU is among this JVM's children's.
        var child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start();
        assertEquals(0, child.waitFor());
        Duration all = StackCpu.cpu(self).minus(before);
        Duration own = self.info().totalCpuDuration().orElseThrow().minus(ownBefore);
        assertTrue(all.minus(own).compareTo(Duration.ofMillis(150)) >= 0,
                "the ended child's CPU is counted: " + all + " in all, " + own + " of it this JVM's own");
    }

    private static StackCpu.Used used(String part, double seconds) {
        return new StackCpu.Used(part, Duration.ofNanos((long) (seconds * SECOND)));
    }
}
