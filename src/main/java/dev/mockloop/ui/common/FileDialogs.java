package dev.mockloop.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user where to save or what to open. Injected so tests can answer without a native dialog. */
public interface FileDialogs {

    /**
     * @param title       the dialog's title, e.g. "Export all attempts as CSV"
     * @param initialName the file name offered, e.g. "mockloop-attempts.csv"
     * @param extension   the extension without dot, e.g. "csv"
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> save(Window owner, String title, String initialName, String extension);

    /**
     * @param extension the extension without dot the dialog filters on, e.g. "db"
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> open(Window owner, String title, String extension);

    /** @return the platform's file dialogs */
    static FileDialogs native_() {
        return new FileDialogs() {
            @Override
            public Optional<Path> save(Window owner, String title, String initialName, String extension) {
                FileChooser chooser = chooser(title, extension);
                chooser.setInitialFileName(initialName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, String title, String extension) {
                return Optional.ofNullable(chooser(title, extension).showOpenDialog(owner)).map(java.io.File::toPath);
            }

            private FileChooser chooser(String title, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("*." + extension, "*." + extension),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
                return chooser;
            }
        };
    }
}
