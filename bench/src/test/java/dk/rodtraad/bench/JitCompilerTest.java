package dk.rodtraad.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class JitCompilerTest {

    private static final long THIS_JVM = ProcessHandle.current().pid();

    @Test
    void findsTheCompilerThreadsOfARunningJvm() {
        // This JVM has compiled the test framework's hot code by now: its compiler threads have used some CPU.
        assertTrue(JitCompiler.cpuSeconds(THIS_JVM) > 0);
    }

    @Test
    void saysHowBusyTheCompilerWasAsAShareOfACore() {
        var watched = new JitCompiler(THIS_JVM);

        String note = watched.note("bench");
        assertTrue(note.matches("bench's JIT compiler used [0-9.,]+ % of a core meanwhile"), note);
    }

    @Test
    void saysSoWhenThereIsNoProcessToWatch() {
        assertTrue(new JitCompiler(-1).note("concern-service").startsWith("concern-service's JIT compiler could not be watched"));
        assertTrue(JitCompiler.cpuSeconds(Long.MAX_VALUE) < 0);
    }
}
