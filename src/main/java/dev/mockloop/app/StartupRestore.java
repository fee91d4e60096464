package dev.mockloop.app;

import dev.mockloop.export.Salvage;
import dev.mockloop.storage.Backup;
import dev.mockloop.storage.Backups;
import dev.mockloop.storage.DataDirectory;
import dev.mockloop.storage.DatabaseCorruptException;
import dev.mockloop.storage.SchemaTooNewException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Restoring a backup when the data would not open, without losing the file that would not:
 * it is salvaged first if the user wants (what is still readable goes to the backups
 * folder), then set aside whole with its reason, and only then replaced. Runs off the UI
 * thread; {@link MockloopApp} asks the questions.
 */
final class StartupRestore {

    /**
     * What the start-up screen can offer.
     *
     * @param newest       the newest backup, or null when there is none
     * @param reason       why the file is being replaced, for its set-aside name: "damaged" or "too-new",
     *                     or null when the file itself is not at fault (then a backup is no first choice)
     * @param readable     what can still be read from the file, when anything can
     */
    record Offer(Backup newest, String reason, Optional<Salvage.Readable> readable) {
        /** @return whether restoring the newest backup is the main way on: only for a damaged or too-new file */
        boolean restoreFirst() {
            return newest != null && reason != null;
        }
    }

    /**
     * What a restore did.
     *
     * @param setAside where the file that would not open is now, or null if there was none
     * @param salvaged what was salvaged from it first, or null when the user did not ask
     */
    record Done(Path setAside, Salvage.Result salvaged) {
    }

    private StartupRestore() {
    }

    /** Looks at the backups and at what the file still holds. Reads only. */
    static Offer examine(Path dataDir, Throwable failure, Clock clock) {
        Path file = DataDirectory.databaseFile(dataDir);
        List<Backup> backups;
        try {
            backups = new Backups(Backups.folderFor(file), clock).list();
        } catch (RuntimeException unreadable) {
            backups = List.of();
        }
        String reason = failure instanceof DatabaseCorruptException ? "damaged"
                : failure instanceof SchemaTooNewException ? "too-new" : null;
        Optional<Salvage.Readable> readable = reason == null ? Optional.empty() : Salvage.probe(file);
        return new Offer(backups.isEmpty() ? null : backups.get(0), reason, readable);
    }

    /**
     * Salvages (when asked), sets the file aside, and puts the backup in its place.
     *
     * @param failure why the file would not open, kept in the note beside the set-aside file
     * @throws IOException if the salvage cannot be written: then nothing was moved or replaced
     * @throws dev.mockloop.storage.StorageException if the backup is damaged or a move fails
     */
    static Done restore(Path dataDir, Backup backup, Offer offer, Throwable failure, boolean salvage, Clock clock)
            throws IOException {
        Path file = DataDirectory.databaseFile(dataDir);
        Salvage.Result salvaged = salvage && offer.readable().isPresent() ? Salvage.write(file, clock) : null;
        String reason = offer.reason() == null ? "replaced-by-restore" : offer.reason();
        Path setAside = Backups.restore(backup.file(), file, reason, failure.getMessage(), clock);
        return new Done(setAside, salvaged);
    }
}
