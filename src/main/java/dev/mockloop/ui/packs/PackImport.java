package dev.mockloop.ui.packs;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackStore;
import dev.mockloop.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * "Import pack…": asks for a file, checks and copies it off the UI thread, then reports.
 * A bad pack gets a dialog listing each problem as {@code file:line:col: message};
 * nothing is imported.
 */
public final class PackImport {

    private final PackStore store;
    private final Supplier<PackLibrary> installed;
    private final Consumer<InstalledPack> onImported;
    private final TaskRunner tasks;
    private final PackFileChooser chooser;

    /**
     * @param installed  the packs installed now, read when an import starts
     * @param onImported called on the UI thread with each imported pack
     */
    public PackImport(PackStore store, Supplier<PackLibrary> installed, Consumer<InstalledPack> onImported,
                      TaskRunner tasks, PackFileChooser chooser) {
        this.store = store;
        this.installed = installed;
        this.onImported = onImported;
        this.tasks = tasks;
        this.chooser = chooser;
    }

    /** Asks for a file and imports it. */
    public void chooseAndImport(Window owner) {
        chooser.choose(owner).ifPresent(file -> importFile(file, owner));
    }

    /** Imports one file and shows the outcome. */
    public void importFile(Path file, Window owner) {
        PackLibrary now = installed.get();
        tasks.run(() -> store.importPack(file, now), pack -> {
            onImported.accept(pack);
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.setTitle("Pack imported");
            done.setHeaderText("Imported \u201c" + pack.pack().title() + "\u201d " + pack.pack().version());
            done.setContentText(pack.pack().questions().size() + " questions are now on the home screen.");
            show(done, owner);
        }, failure -> {
            Alert error = new Alert(Alert.AlertType.ERROR);
            error.setTitle("Pack not imported");
            error.setHeaderText("Could not import " + file.getFileName() + ". Nothing was imported.");
            String details = failure instanceof PackException bad
                    ? bad.problems().stream().map(PackProblem::format).collect(Collectors.joining("\n"))
                    : file + ": " + failure.getMessage();
            TextArea text = new TextArea(details);
            text.setId("import-problems");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(12, (int) details.lines().count() + 1));
            error.getDialogPane().setContent(text);
            show(error, owner);
        });
    }

    private static void show(Alert alert, Window owner) {
        alert.getDialogPane().setId("import-result");
        alert.getDialogPane().setPrefWidth(640);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
