package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder (the recordings) copied with each backup, put back by a restore, removed by thinning. */
class BackupCopiesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @TempDir
    Path data;

    private final AtomicBoolean wanted = new AtomicBoolean(true);

    private Backups backups(Instant at) {
        Backups backups = new Backups(data.resolve(Backups.FOLDER), Clock.fixed(at, ZoneOffset.UTC));
        backups.include(new BackupCompanion("recordings", wanted::get));
        return backups;
    }

    private Path segment(String round, int n, String content) throws Exception {
        Path file = data.resolve("recordings").resolve(round).resolve(String.format("segment-%03d.opus", n));
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void aBackupWithRecordingsPutsBackADeletedSegmentAndDeletesNothingOnRestore() throws Exception {
        Path kept = segment("round-a", 1, "first run of round a");
        Path lost = segment("round-a", 2, "second run of round a");
        Path file = data.resolve("mockloop.db");
        Backup backup;
        try (Database db = Database.open(file)) {
            backup = backups(NOW).create(db, "manual");
        }
        assertEquals("recordings", backup.copies().get(0).name());
        assertEquals(Files.size(kept) + Files.size(lost), backup.copy("recordings").orElseThrow().bytes());

        Files.delete(lost);
        Files.writeString(kept, "changed since the backup");
        Path newer = segment("round-b", 1, "a round recorded after the backup");

        Backups.restore(backup.file(), file, Clock.systemUTC());

        assertEquals("second run of round a", Files.readString(lost), "the deleted segment is back");
        assertEquals("changed since the backup", Files.readString(kept), "a file there is never replaced");
        assertTrue(Files.exists(newer), "a restore never deletes a recording");
        try (var left = Files.list(lost.getParent())) {
            assertEquals(2, left.count(), "no temporary file is left among the recordings");
        }
    }

    @Test
    void aSecondBackupLinksTheRecordingsThatDidNotChangeAndCopiesTheNewOnes() throws Exception {
        segment("round-a", 1, "old round");
        Path file = data.resolve("mockloop.db");
        Backup first;
        Backup second;
        try (Database db = Database.open(file)) {
            first = backups(NOW).create(db, "start");
            segment("round-b", 1, "new round");
            second = backups(NOW.plusSeconds(60)).create(db, "periodic");
        }
        Path old1 = BackupCopies.folderOf(first.file(), "recordings").resolve("round-a/segment-001.opus");
        Path old2 = BackupCopies.folderOf(second.file(), "recordings").resolve("round-a/segment-001.opus");
        assertTrue(Files.isSameFile(old1, old2), "an unchanged recording is one file shared by both backups");
        assertEquals("new round", Files.readString(
                BackupCopies.folderOf(second.file(), "recordings").resolve("round-b/segment-001.opus")));
        assertFalse(Files.exists(BackupCopies.folderOf(first.file(), "recordings").resolve("round-b")),
                "the older backup is as it was");
    }

    @Test
    void withTheChoiceOffABackupIsDatabaseOnly() throws Exception {
        segment("round-a", 1, "audio");
        wanted.set(false);
        try (Database db = Database.open(data.resolve("mockloop.db"))) {
            Backup backup = backups(NOW).create(db, "manual");
            assertEquals(List.of(), backup.copies());
            assertFalse(Files.exists(BackupCopies.folderOf(backup.file(), "recordings")));
        }
    }

    @Test
    void thinningAnOldBackupRemovesItsCopyOfTheRecordingsButNotTheFilesANewerOneShares() throws Exception {
        segment("round-a", 1, "audio kept by the newest backup");
        Backup old;
        Backup newest;
        try (Database db = Database.open(data.resolve("mockloop.db"))) {
            // Two backups on one day, 40 days ago: thinning keeps only the newer of that day.
            Instant then = NOW.minus(Duration.ofDays(40));
            old = backups(then).create(db, "start");
            newest = backups(then.plusSeconds(60)).create(db, "periodic");
            backups(NOW).thin();
        }
        assertFalse(Files.exists(old.file()));
        assertFalse(Files.exists(BackupCopies.folderOf(old.file(), "recordings")), "the copy went with its backup");
        assertArrayEquals("audio kept by the newest backup".getBytes(), Files.readAllBytes(
                BackupCopies.folderOf(newest.file(), "recordings").resolve("round-a/segment-001.opus")));
    }

    @Test
    void aCopyCutShortIsNeverListedAsARecordingsBackup() throws Exception {
        segment("round-a", 1, "audio");
        Path file = data.resolve("mockloop.db");
        try (Database db = Database.open(file)) {
            Backup backup = backups(NOW).create(db, "manual");
            Path copy = BackupCopies.folderOf(backup.file(), "recordings");
            Files.move(copy, copy.resolveSibling(copy.getFileName() + ".partial"));
            assertEquals(List.of(), backups(NOW).list().get(0).copies(), "a .partial copy is not a copy");
            backups(NOW).thin();
            assertFalse(Files.exists(copy.resolveSibling(copy.getFileName() + ".partial")), "and thinning removes it");
        }
    }
}
