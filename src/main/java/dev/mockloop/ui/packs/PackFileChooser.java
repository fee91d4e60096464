package dev.mockloop.ui.packs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a pack file. Injected so tests can answer without a native dialog. */
@FunctionalInterface
public interface PackFileChooser {

    /** @return the chosen file, or empty if the user cancelled */
    Optional<Path> choose(Window owner);

    /** @return the platform's file dialog, filtered to pack files (*.json) */
    static PackFileChooser native_() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a question pack");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Mockloop packs (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }
}
