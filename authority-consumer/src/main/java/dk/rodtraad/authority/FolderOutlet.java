package dk.rodtraad.authority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Delivers each notification as {@code <event id>.json} in a folder the case system takes them from, exactly once,
 * across crashes and restarts, even after the case system has taken (moved or deleted) a file:
 * <ol>
 *   <li>write the file under {@code .pending/} and force it, and the folder entry, to disk;</li>
 *   <li>create the empty marker {@code .delivered/<id>} and force it to disk: from now on the id counts as
 *       delivered;</li>
 *   <li>rename the pending file into the folder (atomic: the case system sees the whole file or none) and force the
 *       folder.</li>
 * </ol>
 * A record Kafka delivers again (its offset was not committed before a crash) finds its marker: if the pending file
 * is still there, the crash came between 2 and 3, and the rename is done now; if not, the file was delivered and is
 * not written again. Without a marker, it starts again at 1. The markers hold no content and are forgotten after
 * {@code remember}, when Kafka has long deleted the record. Files and folders are readable by the owner only.
 */
final class FolderOutlet implements Outlet {

    private static final FileAttribute<?> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<?> OWNER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path folder;
    private final Path pending;
    private final Path delivered;

    FolderOutlet(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.pending = this.folder.resolve(".pending");
        this.delivered = this.folder.resolve(".delivered");
        try {
            for (Path dir : new Path[]{this.folder, pending, delivered}) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir, OWNER_ONLY_FOLDER);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the authority's folder " + this.folder, e);
        }
    }

    @Override
    public Delivery deliver(Notification notification) throws IOException {
        String name = notification.id() + ".json";
        Path pendingFile = pending.resolve(name);
        Path marker = delivered.resolve(notification.id().toString());
        if (Files.exists(marker)) {
            if (Files.exists(pendingFile)) {
                moveIntoFolder(pendingFile, name);
            }
            return Delivery.DELIVERED_BEFORE;
        }
        try (var channel = FileChannel.open(pendingFile, java.util.Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), OWNER_ONLY_FILE)) {
            channel.write(StandardCharsets.UTF_8.encode(notification.json()));
            channel.force(true);
        }
        force(pending);
        try {
            Files.createFile(marker, OWNER_ONLY_FILE);
        } catch (FileAlreadyExistsException markedMeanwhile) {
            // A second instance of the consumer, handed the partition in a rebalance, marked it a moment ago.
        }
        force(delivered);
        moveIntoFolder(pendingFile, name);
        return Delivery.DELIVERED;
    }

    private void moveIntoFolder(Path pendingFile, String name) throws IOException {
        Files.move(pendingFile, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(folder);
        force(pending);
    }

    /**
     * Forgets the markers (and any pending file a crash left without a marker) older than {@code remember}: Kafka keeps
     * the topic's records 14 days, so none of them can come again.
     */
    int forgetOlderThan(Duration remember, Clock clock) throws IOException {
        var before = clock.instant().minus(remember);
        int forgotten = 0;
        for (Path dir : new Path[]{delivered, pending}) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                        forgotten++;
                    }
                }
            }
        }
        return forgotten;
    }

    /** Forces a folder's entries (a file created, renamed or deleted in it) to disk, as fsync on the folder does. */
    private static void force(Path dir) throws IOException {
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public String describe() {
        return "folder " + folder;
    }
}
