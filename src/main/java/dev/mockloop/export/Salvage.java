package dev.mockloop.export;

import dev.mockloop.storage.Backups;
import dev.mockloop.storage.Database;
import dev.mockloop.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves what a database that will not open still holds, before a backup replaces it: every
 * attempt that can be read, as {@link JsonExport} writes them, and the autosaved round's
 * JSON, into the backups folder as {@code salvaged-<UTC time>-attempts.json} and
 * {@code salvaged-<UTC time>-round.json}. The file is opened read-only and never written.
 */
public final class Salvage {

    /**
     * What can still be read.
     *
     * @param attempts attempts whose rows can be listed
     * @param draft    whether a round in progress was autosaved and can be read
     */
    public record Readable(int attempts, boolean draft) {
        /** @return whether there is anything to salvage */
        public boolean any() {
            return attempts > 0 || draft;
        }
    }

    /**
     * What was saved.
     *
     * @param files      the files written, in the backups folder
     * @param attempts   attempts written
     * @param unreadable attempts listed but too damaged to read
     * @param draft      whether the round in progress was written
     */
    public record Result(List<Path> files, int attempts, int unreadable, boolean draft) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Salvage() {
    }

    /**
     * @param databaseFile a file that does not open (damaged, or from a newer Mockloop)
     * @return what could be salvaged from it, or empty when nothing can be read at all
     */
    public static Optional<Readable> probe(Path databaseFile) {
        try (Database db = Database.openForSalvage(databaseFile)) {
            SalvageRepository repository = new SalvageRepository(db);
            Readable readable = new Readable(repository.attemptIds().size(), repository.draftJson().isPresent());
            return readable.any() ? Optional.of(readable) : Optional.empty();
        } catch (StorageException | IllegalStateException nothingReadable) {
            return Optional.empty();
        }
    }

    /**
     * Writes what can be read to the backups folder beside the file.
     *
     * @throws IOException if the salvage files cannot be written (then nothing should replace the file)
     */
    public static Result write(Path databaseFile, Clock clock) throws IOException {
        Path folder = Backups.folderFor(databaseFile);
        Files.createDirectories(folder);
        String stamp = STAMP.format(clock.instant());
        List<Path> files = new ArrayList<>();
        try (Database db = Database.openForSalvage(databaseFile)) {
            SalvageRepository repository = new SalvageRepository(db);
            Path attemptsFile = folder.resolve("salvaged-" + stamp + "-attempts.json");
            int[] written = {0};
            int unreadable;
            try (JsonExport json = new JsonExport(new java.io.BufferedOutputStream(Files.newOutputStream(attemptsFile)))) {
                unreadable = repository.forEachReadable(repository.attemptIds(), attempt -> {
                    json.write(attempt);
                    written[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            files.add(attemptsFile);
            Optional<String> draft = repository.draftJson();
            if (draft.isPresent()) {
                Path roundFile = folder.resolve("salvaged-" + stamp + "-round.json");
                Files.writeString(roundFile, draft.get(), StandardCharsets.UTF_8);
                files.add(roundFile);
            }
            return new Result(List.copyOf(files), written[0], unreadable, draft.isPresent());
        } catch (StorageException e) {
            throw new IOException("cannot read " + databaseFile + " to salvage it (" + e.getMessage() + ")", e);
        }
    }
}
