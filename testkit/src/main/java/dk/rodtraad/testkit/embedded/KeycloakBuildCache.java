package dk.rodtraad.testkit.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak's build step, done once per clone: {@code start-dev} in a fresh distribution first re-augments it for its
 * build options (about 30 s of CPU on two cores), writing only {@code lib/quarkus}. That folder does not depend on
 * where the distribution lies, so the first stack to build it keeps a copy beside the distribution's archive, and
 * every fresh state folder after it (the bench's, a reset local stack, the stack command's test) starts from the copy.
 * The copy's name holds the version and the build options: other options find no copy and build their own.
 */
final class KeycloakBuildCache {

    /** What Keycloak's build step writes; the rest of the distribution is as unpacked. */
    private static final String BUILT = "lib/quarkus";

    private final Path copy;

    KeycloakBuildCache(Path archive, String version, List<String> buildOptions) {
        String options = String.join("-", buildOptions).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        this.copy = archive.resolveSibling("built-" + version + "-" + options);
    }

    /** Whether a stack has kept its build here. */
    boolean isKept() {
        return Files.isDirectory(copy);
    }

    /** Puts the kept build into a freshly unpacked distribution; does nothing when none is kept. */
    void seed(Path home) throws IOException {
        if (isKept()) {
            copyFiles(copy, home.resolve(BUILT));
        }
    }

    /**
     * Keeps the build of a distribution Keycloak has started in, unless one is kept already. Written aside and moved
     * into place, so a stack starting meanwhile finds either nothing or the whole build.
     */
    void keep(Path home) {
        if (isKept()) {
            return;
        }
        Path partial = copy.resolveSibling(copy.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            KafkaBroker.deleteTree(partial);
            copyFiles(home.resolve(BUILT), partial);
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException alreadyKeptByAnotherStack) {
            deleteQuietly(partial);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            KafkaBroker.deleteTree(dir);
        } catch (IOException ignored) {
            // A half copy left behind is overwritten by the next keep.
        }
    }
}
