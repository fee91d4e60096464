package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;
    private Path file;
    private Database database;

    @BeforeEach
    void open() {
        file = dir.resolve("mockloop.db");
        database = Database.open(file);
        database.inTransaction(c -> {
            Sql.execute(c, "CREATE TABLE scratch (value TEXT NOT NULL)");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void walModeAndForeignKeysAreOn() {
        assertEquals("wal", pragma("journal_mode"));
        assertEquals("1", pragma("foreign_keys"));
        assertEquals("2", pragma("synchronous"), "FULL");
        assertEquals("5000", pragma("busy_timeout"));
    }

    @Test
    void transactionStoresTheWorkAndReturnsItsResult() {
        String result = database.inTransaction("add a row", c -> {
            insert(c, "kept");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(1, scratchRows());
    }

    @Test
    void failedTransactionIsRolledBackAndReportedWithOperationAndFile() {
        StorageException e = assertThrows(StorageException.class, () -> database.inTransaction("add two rows", c -> {
            insert(c, "first");
            insert(c, null);
            return null;
        }));

        assertEquals(0, scratchRows());
        assertEquals("add two rows", e.operation());
        assertEquals(file.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().startsWith("Could not add two rows (" + file.toAbsolutePath() + "): "), e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());
    }

    @Test
    void runtimeExceptionInWorkRollsBackAndIsWrappedToo() {
        StorageException e = assertThrows(StorageException.class, () -> database.inTransaction(c -> {
            insert(c, "first");
            throw new IllegalStateException("bug in the work");
        }));

        assertEquals(0, scratchRows());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getMessage().endsWith("bug in the work"), e.getMessage());
    }

    @Test
    void databaseStaysUsableAfterAFailedTransaction() {
        assertThrows(StorageException.class, () -> database.inTransaction(c -> {
            throw new SQLException("boom");
        }));

        database.inTransaction(c -> insert(c, "after"));

        assertEquals(1, scratchRows());
    }

    @Test
    void nestedTransactionIsRefused() {
        StorageException e = assertThrows(StorageException.class,
                () -> database.inTransaction(c -> database.read(inner -> 1)));

        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void secondThreadWaitsForTheRunningTransaction() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> database.inTransaction(c -> {
            events.add("writer begins");
            inside.countDown();
            awaitUninterruptibly(release);
            insert(c, "written");
            events.add("writer ends");
            return null;
        }));
        writer.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));

        Thread reader = new Thread(() -> events.add("reader sees " + scratchRows()));
        reader.start();
        awaitBlocked(reader);
        release.countDown();
        writer.join(5000);
        reader.join(5000);

        assertEquals(List.of("writer begins", "writer ends", "reader sees 1"), events);
    }

    @Test
    void useAfterCloseIsReportedAndClosingTwiceIsHarmless() {
        database.close();
        database.close();

        StorageException e = assertThrows(StorageException.class, this::scratchRows);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedWithItsPathAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.txt");
        byte[] text = "These are my notes, not a database.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(notes, text);

        StorageException e = assertThrows(StorageException.class, () -> Database.open(notes));

        assertEquals(notes.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains(notes.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(notes));
    }

    @Test
    void fileInAMissingFolderIsReportedWithItsPath() {
        Path missing = dir.resolve("no-such-folder/mockloop.db");

        StorageException e = assertThrows(StorageException.class, () -> Database.open(missing));

        assertEquals(missing.toAbsolutePath(), e.file());
    }

    private String pragma(String name) {
        return database.read(c -> Sql.queryText(c, "PRAGMA " + name));
    }

    private int scratchRows() {
        return database.read(c -> Integer.parseInt(Sql.queryText(c, "SELECT COUNT(*) FROM scratch")));
    }

    private static int insert(Connection c, String value) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO scratch (value) VALUES (?)")) {
            insert.setString(1, value);
            return insert.executeUpdate();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitBlocked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.BLOCKED) {
            assertTrue(System.nanoTime() < deadline, "thread never blocked on the database");
            Thread.sleep(1);
        }
    }
}
