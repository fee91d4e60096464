package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    private static void saveSetting(Database db, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES ('k', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, value);
                return s.executeUpdate();
            }
        });
    }

    private static String readSetting(Database db) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = 'k'");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
    }

    @Test
    void backupIsAWholeCopyAndRestoreBringsItBack() {
        Path file = dir.resolve("mockloop.db");
        Backups backups = new Backups(Backups.folderFor(file), clock);
        Backup backup;
        try (Database db = Database.open(file)) {
            saveSetting(db, "before");
            backup = backups.create(db, "manual");
            saveSetting(db, "after");
        }
        assertEquals("manual", backup.reason());
        assertEquals(List.of(backup), backups.list());

        Backups.restore(backup.file(), file, Clock.systemUTC());

        try (Database db = Database.open(file)) {
            assertEquals("before", readSetting(db));
        }
    }

    @Test
    void damagedDatabaseIsRefusedUntouchedAndTheNewestGoodBackupRestoresIt() throws Exception {
        Path file = dir.resolve("mockloop.db");
        Backups backups = new Backups(Backups.folderFor(file), clock);
        try (Database db = Database.open(file)) {
            saveSetting(db, "precious");
            backups.create(db, "start");
            db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("CREATE TABLE filler (x TEXT)")) {
                    s.executeUpdate();
                }
                for (int i = 0; i < 400; i++) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO filler VALUES (?)")) {
                        s.setString(1, "x".repeat(1000));
                        s.executeUpdate();
                    }
                }
                return null;
            });
        }
        // Scribble over the middle of the file, as a bad disk would.
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(raw.length() / 2);
            raw.write(new byte[8192]);
            raw.seek(4096 * 3);
            raw.write("garbage garbage garbage".repeat(100).getBytes());
        }
        byte[] damaged = Files.readAllBytes(file);

        StorageException e = assertThrows(StorageException.class, () -> Database.open(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file), "a damaged file is never written to");
        Backup newest = backups.list().get(0);
        Backups.restore(newest.file(), file, Clock.systemUTC());
        try (Database db = Database.open(file)) {
            assertEquals("precious", readSetting(db));
            assertTrue(db.integrityCheck().isEmpty());
        }
    }

    @Test
    void upgradingAnOlderSchemaKeepsACopyOfTheFileFromBefore() {
        Path file = dir.resolve("mockloop.db");
        try (Database v1 = Database.open(file, new Migrator(Migrator.FOLDER, Migrator.LADDER.subList(0, 1)))) {
            saveNothing(v1);
        }
        try (Database latest = Database.open(file)) {
            saveSetting(latest, "x");
        }
        List<Backup> backups = new Backups(Backups.folderFor(file), clock).list();
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).reason().startsWith("before-schema-v"), backups.get(0).reason());
        assertEquals(List.of(), Integrity.check(backups.get(0).file(), "integrity_check"));
    }

    @Test
    void changeAfterTheNewestBackupIsNoticed() throws Exception {
        Path file = dir.resolve("mockloop.db");
        Backups backups = new Backups(Backups.folderFor(file), Clock.systemUTC());
        try (Database db = Database.open(file)) {
            assertTrue(backups.changedSinceNewest(file), "no backup yet");
            backups.create(db, "start");
            Files.setLastModifiedTime(backups.list().get(0).file(),
                    java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(60)));
            assertFalse(backups.changedSinceNewest(file));
        }
    }

    private static void saveNothing(Database db) {
        db.read(c -> null);
    }
}
