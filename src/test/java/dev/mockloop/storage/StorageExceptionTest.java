package dev.mockloop.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 9: what a person reads names the problem, never a library's class. */
class StorageExceptionTest {

    private static final Path FILE = Path.of("/data/mockloop.db");

    @Test
    void sqliteResultCodesAndClassNamesAreLeftOut() {
        assertEquals("Could not autosave the round (/data/mockloop.db): database or disk is full",
                new StorageException("autosave the round", FILE,
                        new SQLException("[SQLITE_FULL] database or disk is full")).getMessage());
        assertEquals("Could not read (/data/mockloop.db): Invalid character at line 3",
                new StorageException("read", FILE, new UncheckedIOException(
                        new IOException("org.apache.commons.csv.CSVException: Invalid character at line 3"))).getMessage());
    }

    @Test
    void aFailureWithoutAMessageSaysSoInWordsNotWithItsClass() {
        assertEquals("Could not save (/data/mockloop.db): an error with no description",
                new StorageException("save", FILE, new IllegalStateException()).getMessage());
        assertEquals("Could not save (/data/mockloop.db): the file system refused (not directory)",
                new StorageException("save", FILE, new java.nio.file.NotDirectoryException(null)).getMessage());
    }
}
