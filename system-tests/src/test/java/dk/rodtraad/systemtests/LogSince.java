package dk.rodtraad.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A service's log from a moment on: marked where it ends now, read later for what the service wrote since. */
record LogSince(Path log, long linesBefore) {

    static LogSince now(Path log) {
        try (var lines = Files.lines(log)) {
            return new LogSince(log, lines.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> written() {
        try (var lines = Files.lines(log)) {
            return lines.skip(linesBefore).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
