package dev.mockloop.app;

import dev.mockloop.pack.io.Download;
import dev.mockloop.storage.Writability;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link AppContext} opens the data, beyond the folder: the downloader for packs from
 * URLs, and the check that decides whether the data opens for writing or read-only.
 *
 * @param download   fetches packs over http(s)
 * @param writeCheck says why nothing can be written to the data folder (read-only or full
 *                   disk), or empty when it can: {@link Writability#problem} normally, a stub in
 *                   tests (which run as root, where no folder is read-only)
 */
public record OpenOptions(Download download, Function<Path, Optional<String>> writeCheck) {

    /** @return the options the app and the command line use */
    public static OpenOptions standard() {
        return new OpenOptions(new Download(), Writability::problem);
    }

    /** @return these options with another downloader */
    public OpenOptions withDownload(Download other) {
        return new OpenOptions(other, writeCheck);
    }

    /** @return these options with a data folder that cannot be written, for the given reason */
    public OpenOptions unwritable(String why) {
        return new OpenOptions(download, dir -> Optional.of(why));
    }
}
