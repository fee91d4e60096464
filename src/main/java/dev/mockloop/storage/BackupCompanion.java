package dev.mockloop.storage;

import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * A folder of the data directory that backups copy too, when the user wants: each backup
 * {@code backups/<backup file name>.<name>/} holds a copy of {@code <data dir>/<name>/}
 * (see {@link FolderCopies}), restoring the backup puts back its missing files, and thinning
 * the backup removes the copy. The feature owning the folder registers it with
 * {@link BackupService#include(BackupCompanion)}.
 *
 * @param name   the folder's name in the data directory, lower-case letters only, e.g. "recordings"
 * @param wanted asked at each backup (on the backup's thread): whether to copy the folder now
 */
public record BackupCompanion(String name, BooleanSupplier wanted) {

    private static final Pattern NAME = Pattern.compile("[a-z]{1,32}");

    /** @throws IllegalArgumentException if the name is not lower-case letters only */
    public BackupCompanion {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a backup companion is named in lower-case letters, was \"" + name + "\"");
        }
    }

    /** @return whether this is a companion folder's name */
    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }
}
