package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.DatabaseCorruptException;
import dev.mockloop.storage.SchemaTooNewException;
import dev.mockloop.storage.StorageException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 2: "Restore the backup" at start-up overwrote a damaged or too-new file
 * with an older backup, kept no copy and asked nothing. Now the file is salvaged if asked,
 * set aside whole, and only then replaced.
 */
class StartupRestoreTest {

    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    private final Clock clock = Clock.fixed(START.plusSeconds(86_400), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Path file() {
        return dataDir.resolve("mockloop.db");
    }

    private static Attempt attempt(String question, String notes) {
        return new Attempt(null, "core", null, question, "Design " + question, null, null, null, null, START,
                START.plusSeconds(600), List.of(), notes, null, null, List.of(), List.of(), Verdict.LEAN_HIRE, null);
    }

    /** One attempt in the backup; a second one only in the file, the one the user must not lose. */
    private void dataWithABackupAndANewerAttempt() {
        try (AppContext context = AppContext.open(dataDir)) {
            context.attempts().save(attempt("q1", "in the backup"));
            context.backups().backupNow("start");
            context.attempts().save(attempt("q2", "only in the newer file"));
        }
    }

    private void damageTheIndexPage(String index) throws Exception {
        long root;
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + index + "'")) {
                root = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("PRAGMA page_size")) {
                pageSize = r.getLong(1);
            }
        }
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.seek((root - 1) * pageSize + 1);
            byte[] garbage = new byte[64];
            java.util.Arrays.fill(garbage, (byte) 0x7F);
            raw.write(garbage);
        }
    }

    @Test
    void aDamagedIndexPageIsSalvagedSetAsideWholeAndOnlyThenReplaced() throws Exception {
        dataWithABackupAndANewerAttempt();
        damageTheIndexPage("attempts_history");
        byte[] original = Files.readAllBytes(file());
        Throwable failure = assertThrows(DatabaseCorruptException.class, () -> AppContext.open(dataDir));

        StartupRestore.Offer offer = StartupRestore.examine(dataDir, failure, clock);
        assertTrue(offer.restoreFirst(), "for a damaged file the backup is the way on");
        assertEquals("damaged", offer.reason());
        assertEquals(2, offer.readable().orElseThrow().attempts(), "the attempts table is still readable");
        assertArrayEquals(original, Files.readAllBytes(file()), "looking changes nothing");

        StartupRestore.Done done = StartupRestore.restore(dataDir, offer.newest(), offer, failure, true, clock);

        assertArrayEquals(original, Files.readAllBytes(done.setAside()), "the original bytes are still on disk");
        assertTrue(done.setAside().getFileName().toString().matches("set-aside-.*-damaged\\.db"), done.setAside().toString());
        assertTrue(Files.readString(done.setAside().resolveSibling(done.setAside().getFileName() + ".txt"))
                .contains("is damaged"), "a note says why");
        assertEquals(2, done.salvaged().attempts());
        JsonNode salvaged = new ObjectMapper().readTree(done.salvaged().files().get(0).toFile());
        assertTrue(salvaged.get("attempts").toString().contains("only in the newer file"),
                "the attempt that existed only in the damaged file was exported");
        try (AppContext restored = AppContext.open(dataDir)) {
            assertEquals(1, restored.attempts().count(), "the backup is in place");
        }
        try (AppContext again = AppContext.open(dataDir)) {
            assertFalse(again.backups().list().stream().anyMatch(b -> b.file().equals(done.setAside())),
                    "a set-aside file is not offered as a backup, nor thinned away as one");
        }
    }

    @Test
    void aFileFromANewerMockloopIsSetAsideUntouchedBeforeAnOlderBackupReplacesIt() throws Exception {
        dataWithABackupAndANewerAttempt();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] original = Files.readAllBytes(file());
        Throwable failure = assertThrows(SchemaTooNewException.class, () -> AppContext.open(dataDir));

        StartupRestore.Offer offer = StartupRestore.examine(dataDir, failure, clock);
        StartupRestore.Done done = StartupRestore.restore(dataDir, offer.newest(), offer, failure, false, clock);

        assertNull(done.salvaged(), "salvage only when asked");
        assertTrue(done.setAside().getFileName().toString().endsWith("-too-new.db"));
        assertArrayEquals(original, Files.readAllBytes(done.setAside()), "a newer Mockloop can still open it there");
        try (AppContext restored = AppContext.open(dataDir)) {
            assertEquals(1, restored.attempts().count());
        }
    }

    @Test
    void aDamagedBackupReplacesNothing() throws Exception {
        dataWithABackupAndANewerAttempt();
        damageTheIndexPage("attempts_history");
        byte[] original = Files.readAllBytes(file());
        Throwable failure = assertThrows(DatabaseCorruptException.class, () -> AppContext.open(dataDir));
        StartupRestore.Offer offer = StartupRestore.examine(dataDir, failure, clock);
        try (RandomAccessFile raw = new RandomAccessFile(offer.newest().file().toFile(), "rw")) {
            raw.seek(0);
            raw.write("not a database at all".getBytes());
        }

        assertThrows(StorageException.class, () -> StartupRestore.restore(dataDir, offer.newest(), offer, failure,
                false, clock));

        assertArrayEquals(original, Files.readAllBytes(file()), "the current file stays where it was");
    }

    @Test
    void aFileThatIsNotAtFaultDoesNotGetABackupAsTheFirstChoice() {
        dataWithABackupAndANewerAttempt();

        StartupRestore.Offer offer = StartupRestore.examine(dataDir,
                new StorageException("open the database", file(), new java.io.IOException("disk I/O error")), clock);

        assertFalse(offer.restoreFirst());
        assertTrue(offer.newest() != null, "a backup is still there, as a second choice");
    }
}
