package dev.mockloop.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target ({@code <name>.writing}) and moved
 * into place only by {@link #commit()}: until then the target is as it was, and a write that
 * fails (a full disk) leaves nothing behind once {@link #close()} has run.
 */
public final class StagedFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private boolean committed;

    private StagedFile(Path target) {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".writing");
    }

    /**
     * @param target where the file goes once complete
     * @throws IOException if a stale temporary file cannot be removed
     */
    public static StagedFile beside(Path target) throws IOException {
        StagedFile staged = new StagedFile(target);
        Files.deleteIfExists(staged.temp);
        return staged;
    }

    /** @return the temporary file to write */
    public Path temp() {
        return temp;
    }

    /** @return where the file goes */
    public Path target() {
        return target;
    }

    /** Moves the written file into place, replacing a file there (atomically where the system can). */
    public void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray .writing file is harmless and replaced by the next export
            }
        }
    }
}
