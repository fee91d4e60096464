package dev.mockloop.app;

import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.DatabaseCorruptException;
import dev.mockloop.storage.SchemaTooNewException;
import dev.mockloop.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How the composition root opens the database: for writing, or read-only on a disk that takes no writes. */
final class DatabaseOpening {

    private DatabaseOpening() {
    }

    /**
     * Opens the database for writing, or read-only when the folder cannot take a write (tried
     * first, and again if opening for writing fails): a full or read-only disk never locks the
     * user out of healthy data. A damaged or too-new file is refused either way.
     *
     * @throws DatabaseCorruptException if the file is damaged
     * @throws SchemaTooNewException    if a newer Mockloop wrote it
     * @throws StorageException         if it cannot be opened at all
     */
    static Database open(Path dataDir, OpenOptions options) {
        Path file = DataDirectory.databaseFile(dataDir);
        Optional<String> cannotWrite = options.writeCheck().apply(dataDir);
        if (cannotWrite.isPresent() && Files.isRegularFile(file)) {
            return Database.openReadOnly(file, cannotWrite.get());
        }
        try {
            return Database.open(file);
        } catch (DatabaseCorruptException | SchemaTooNewException refused) {
            throw refused;
        } catch (StorageException failed) {
            Optional<String> now = options.writeCheck().apply(dataDir);
            if (now.isEmpty() || !Files.isRegularFile(file)) {
                throw failed;
            }
            return Database.openReadOnly(file, now.get());
        }
    }
}
