package dev.mockloop.pack;

import java.nio.file.Path;

/**
 * A pack the app can use, and where it came from.
 *
 * @param pack   the pack
 * @param source bundled or imported
 * @param file   the imported file in the data directory, or {@code null} for a bundled pack
 */
public record InstalledPack(Pack pack, PackSource source, Path file) {
}
