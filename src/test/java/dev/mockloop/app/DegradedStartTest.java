package dev.mockloop.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.export.CsvExport;
import dev.mockloop.export.JsonExport;
import dev.mockloop.storage.StorageException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 5: a full or read-only disk at start-up locked the user out of healthy
 * data. Now the data opens read-only: history, attempts and exports work, and every write
 * is refused at once with the reason.
 */
class DegradedStartTest {

    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path dir;

    private Path dataWithOneAttempt() {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data)) {
            context.attempts().save(new Attempt(null, "core", null, "q1", "Design a queue", null, null, null, null,
                    START, START.plusSeconds(600), List.of(), "numbers first", null, null, List.of(), List.of(),
                    Verdict.LEAN_HIRE, "estimate sooner"));
        }
        return data;
    }

    @Test
    void onAFullDiskTheDataOpensReadOnlyWithHistoryAndExports() throws IOException {
        Path data = dataWithOneAttempt();
        byte[] before = Files.readAllBytes(data.resolve("mockloop.db"));
        String why = "the disk holding " + data + " is full (12 KiB free)";

        try (AppContext context = AppContext.open(data, OpenOptions.standard().unwritable(why))) {
            assertEquals(why, context.readOnlyReason().orElseThrow());
            assertEquals(1, context.attempts().count(), "the history is there");
            long id = context.review().history().page(dev.mockloop.review.HistoryFilter.ALL,
                    dev.mockloop.review.HistorySort.NEWEST_FIRST, 0, 10).get(0).id();
            assertEquals("numbers first", context.attempts().find(id).orElseThrow().notes(), "and each attempt");
            Path csv = dir.resolve("out/attempts.csv");
            Path json = dir.resolve("out/attempts.json");
            Files.createDirectories(csv.getParent());
            assertEquals(1, CsvExport.writeAll(context.review().exports(), List.of(), ZoneOffset.UTC, csv));
            assertEquals(1, JsonExport.writeAll(context.review().exports(), json));
            context.review().exportBackup(dir.resolve("out/backup.db"));
            assertTrue(Files.size(dir.resolve("out/backup.db")) > 0, "a full backup can be written elsewhere");

            StorageException refused = assertThrows(StorageException.class, () -> context.settingsRepository()
                    .put(java.util.Map.of("coach.enabled", "true")));
            assertTrue(refused.getMessage().contains("your data is open read-only: " + why), refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(data.resolve("mockloop.db")), "nothing was written");
    }

    @Test
    void aFailedWriteProbeNamesTheReadOnlyOrFullDisk() {
        Path data = dir.resolve("d");
        assertEquals("the disk holding " + data + " is read-only", dev.mockloop.storage.Writability.describe(
                data, new FileSystemException(data.toString(), null, "Read-only file system")));
        assertTrue(dev.mockloop.storage.Writability.describe(data, new IOException("No space left on device"))
                .startsWith("the disk holding " + data + " is full"));
    }

    @Test
    void aWritableFolderPassesTheRealProbe() {
        assertTrue(dev.mockloop.storage.Writability.problem(dir).isEmpty());
    }
}
