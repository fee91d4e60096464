package dev.mockloop.ui.packmanager;

import dev.mockloop.pack.InstalledPack;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What the pack manager asks the shell to do: the import flows, the editor, the
 * platform's file manager and save dialog.
 *
 * @param importFile   asks for a .json, .zip or .csv and imports it
 * @param importFolder asks for a folder pack and imports it
 * @param importUrl    asks for a URL and imports from it
 * @param newPack      opens the editor on a new pack
 * @param editPack     opens the editor on a pack the user authored
 * @param openFolder   shows a folder in the platform's file manager
 * @param exportFile   asks where to export, given a suggested file name
 */
public record PackManagerActions(Consumer<Window> importFile, Consumer<Window> importFolder,
                                 Consumer<Window> importUrl, Runnable newPack, Consumer<InstalledPack> editPack,
                                 Consumer<Path> openFolder, BiFunction<Window, String, Optional<Path>> exportFile) {
}
