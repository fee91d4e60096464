package dev.mockloop.ui.packs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for pack files and folders. Injected so tests can answer without a
 * native dialog; the folder and save questions default to the platform's dialogs.
 */
@FunctionalInterface
public interface PackFileChooser {

    /** @return the chosen pack file (.json, .zip or .csv), or empty if the user cancelled */
    Optional<Path> choose(Window owner);

    /** @return the chosen folder pack, or empty if the user cancelled */
    default Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a pack folder (with pack.json)");
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /**
     * @param suggested the file name offered, e.g. {@code my.pack-1.0.0.zip}
     * @return where to export a pack (.json or .zip), or empty if the user cancelled
     */
    default Optional<Path> chooseExportFile(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export pack");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Zip pack with pictures (*.zip)", "*.zip"),
                new FileChooser.ExtensionFilter("Pack file (*.json)", "*.json"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** @return the platform's file dialogs, filtered to packs and CSVs */
    static PackFileChooser native_() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a question pack");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Packs and CSVs (*.json, *.zip, *.csv)", "*.json", "*.zip", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }
}
