package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFullBackupFileIsACompleteDatabaseThatPassesTheRestoreCheck() throws Exception {
        Path target = dir.resolve("out").resolve("mine.db");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an older file in the way");
        try (Database database = Database.open(dir.resolve("m.db"))) {
            database.inTransaction(c -> {
                try (var s = c.prepareStatement("INSERT INTO settings (key, value) VALUES ('k', 'v')")) {
                    s.executeUpdate();
                }
                return null;
            });
            BackupFiles.export(database, target);
        }
        Backup checked = BackupFiles.check(target);
        assertEquals(target, checked.file());
        assertTrue(checked.bytes() > 0);
        try (Database copy = Database.open(target)) {
            assertEquals("v", copy.read(c -> Sql.queryText(c, "SELECT value FROM settings WHERE key = 'k'")));
        }
    }

    @Test
    void filesThatAreNotMockloopDatabasesAreRefusedWithTheReason() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "not a database at all, just some text that is long enough to have a header");
        StorageException notDb = assertThrows(StorageException.class, () -> BackupFiles.check(text));
        assertTrue(notDb.getMessage().contains("notes.db"), notDb.getMessage());

        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
            Sql.execute(c, "CREATE TABLE t (x)");
        }
        StorageException foreign = assertThrows(StorageException.class, () -> BackupFiles.check(other));
        assertTrue(foreign.getMessage().contains("not a Mockloop database"), foreign.getMessage());
    }
}
