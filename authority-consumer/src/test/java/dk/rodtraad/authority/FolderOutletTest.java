package dk.rodtraad.authority;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folder outlet's protocol on a real file system, crash states included (ADR 0023). */
class FolderOutletTest {

    @TempDir
    Path folder;

    private final Notification notification = new Notification(UUID.randomUUID(), "{\"id\":\"a notification\"}");

    @Test
    void writesTheNotificationAsAFileNamedByItsIdReadableByTheOwnerOnly() throws Exception {
        assertEquals(Outlet.Delivery.DELIVERED, new FolderOutlet(folder).deliver(notification));

        Path file = folder.resolve(notification.id() + ".json");
        assertEquals(notification.json(), Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), forTheCaseSystem());
        assertEquals(List.of(), list(folder.resolve(".pending")));
    }

    @Test
    void aNotificationDeliveredAgainAfterTheCaseSystemTookItIsNotWrittenTwice() throws Exception {
        var outlet = new FolderOutlet(folder);
        outlet.deliver(notification);
        Files.delete(folder.resolve(notification.id() + ".json"));

        assertEquals(Outlet.Delivery.DELIVERED_BEFORE, outlet.deliver(notification));
        assertEquals(List.of(), forTheCaseSystem());
    }

    @Test
    void aCrashBetweenTheMarkerAndTheRenameIsCompletedWhenKafkaDeliversTheRecordAgain() throws Exception {
        new FolderOutlet(folder);
        Files.writeString(folder.resolve(".pending").resolve(notification.id() + ".json"), notification.json());
        Files.createFile(folder.resolve(".delivered").resolve(notification.id().toString()));

        assertEquals(Outlet.Delivery.DELIVERED_BEFORE, new FolderOutlet(folder).deliver(notification));
        assertEquals(notification.json(), Files.readString(folder.resolve(notification.id() + ".json")));
        assertEquals(List.of(), list(folder.resolve(".pending")));
    }

    @Test
    void aCrashBeforeTheMarkerWritesTheFileAnew() throws Exception {
        new FolderOutlet(folder);
        Files.writeString(folder.resolve(".pending").resolve(notification.id() + ".json"), "{\"half\":");

        assertEquals(Outlet.Delivery.DELIVERED, new FolderOutlet(folder).deliver(notification));
        assertEquals(notification.json(), Files.readString(folder.resolve(notification.id() + ".json")));
    }

    @Test
    void forgetsOnlyTheDeliveriesOlderThanItRemembers() throws Exception {
        var outlet = new FolderOutlet(folder);
        var old = new Notification(UUID.randomUUID(), "{}");
        outlet.deliver(old);
        outlet.deliver(notification);
        var now = Instant.parse("2026-12-20T12:00:00Z");
        Files.setLastModifiedTime(folder.resolve(".delivered").resolve(old.id().toString()),
                FileTime.from(now.minus(Duration.ofDays(16))));
        Files.setLastModifiedTime(folder.resolve(".delivered").resolve(notification.id().toString()),
                FileTime.from(now.minus(Duration.ofDays(14))));

        assertEquals(1, outlet.forgetOlderThan(Duration.ofDays(15), Clock.fixed(now, ZoneOffset.UTC)));
        assertFalse(Files.exists(folder.resolve(".delivered").resolve(old.id().toString())));
        assertTrue(Files.exists(folder.resolve(".delivered").resolve(notification.id().toString())));
    }

    private List<Path> forTheCaseSystem() throws Exception {
        return list(folder).stream().filter(path -> path.toString().endsWith(".json")).toList();
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
