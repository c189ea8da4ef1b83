package dk.rodtraad.testkit;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The processes of a stack's infrastructure: those whose command line names the stack's state folder (PostgreSQL,
 * the broker, Keycloak), with their descendants (PostgreSQL's backends, whose command lines do not), each once. The
 * bench's memory figures and the replay's CPU per event read them.
 */
public final class StackProcesses {

    public static Stream<ProcessHandle> of(Path stateDir) {
        String folder = stateDir.toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(folder))
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .distinct();
    }

    private StackProcesses() {
    }
}
