package dev.mockloop.ui.packs;

import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.install.ImportPlan;
import dev.mockloop.pack.install.PackInstaller;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.CsvOptions;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;
import dev.mockloop.ui.common.ErrorText;
import dev.mockloop.ui.common.FileDialogs;
import dev.mockloop.ui.common.ProblemList;
import dev.mockloop.ui.common.TaskRunner;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Importing a pack as a person does it: from a file (.json, .zip or .csv), a folder, a
 * URL or a drop onto the window. The pack is read and checked off the UI thread. A new
 * pack is added at once; a newer version of an installed one is previewed first (new,
 * updated, removed, unchanged questions) and applied only on "Update"; an older or equal
 * version, or a bundled pack's id, is reported and not applied. Every import ends in a
 * report in Anki's buckets, or in a dialog listing each problem as
 * {@code file:line:col: message}, with nothing imported.
 */
public final class PackImport {

    private final Packs packs;
    private final Supplier<PackLibrary> installed;
    private final Consumer<PackLibrary> onChanged;
    private final TaskRunner tasks;
    private final TaskRunner slow;
    private final PackFileChooser chooser;
    private final FileDialogs files;

    /**
     * @param packs     reads, plans and installs packs
     * @param installed the packs installed now, read when an import starts
     * @param onChanged called on the UI thread with the library after an import changed it
     * @param tasks     the database's runner: plans and installs
     * @param slow      the runner for unbounded work: downloads, reading and checking a pack
     *                  (never the database's, so a stalled server cannot hold up a save)
     * @param chooser   asks for files and folders
     * @param files     asks where to save a full problem report
     */
    public PackImport(Packs packs, Supplier<PackLibrary> installed, Consumer<PackLibrary> onChanged,
                      TaskRunner tasks, TaskRunner slow, PackFileChooser chooser, FileDialogs files) {
        this.packs = packs;
        this.installed = installed;
        this.onChanged = onChanged;
        this.tasks = tasks;
        this.slow = slow;
        this.chooser = chooser;
        this.files = files;
    }

    /** Asks for a pack file (.json, .zip or .csv) and imports it. */
    public void chooseAndImport(Window owner) {
        chooser.choose(owner).ifPresent(file -> importPath(file, owner));
    }

    /** Asks for a folder pack and imports it. */
    public void chooseFolderAndImport(Window owner) {
        chooser.chooseFolder(owner).ifPresent(folder -> importPath(folder, owner));
    }

    /** Asks for a URL and imports the pack found there. */
    public void askUrlAndImport(Window owner) {
        TextInputDialog ask = new TextInputDialog("https://");
        ask.setTitle("Import from URL");
        ask.setHeaderText("Import a pack from the web (.json, .zip or .csv)");
        ask.setContentText(null);
        ask.getDialogPane().setId("url-prompt");
        ask.getEditor().setId("url-field");
        ask.getEditor().setPrefColumnCount(40);
        own(ask, owner);
        ask.setOnHidden(e -> {
            String url = ask.getResult();
            if (url != null && !url.isBlank() && !url.strip().equals("https://")) {
                importUrl(url.strip(), owner);
            }
        });
        ask.show();
    }

    /**
     * Imports a local pack: a .json, a .zip, a folder, or a .csv (which first asks for the
     * new pack's title, id, version and author).
     */
    public void importPath(Path path, Window owner) {
        importPath(path, owner, false);
    }

    /**
     * Imports a pack file another copy of Mockloop handed over (a double-click on a pack
     * file): like {@link #importPath(Path, Window)}, but a new pack is previewed too, and
     * nothing is installed before the user says "Add".
     */
    public void importHandedOver(Path path, Window owner) {
        importPath(path, owner, true);
    }

    private void importPath(Path path, Window owner, boolean previewNew) {
        if (PackSources.kindOf(path) == PackSources.Kind.CSV) {
            PackLibrary now = installed.get();
            String name = path.getFileName().toString();
            CsvOptionsDialog ask = new CsvOptionsDialog(name, CsvOptions.defaults(name, now));
            own(ask, owner);
            ask.setOnHidden(e -> {
                if (ask.getResult() != null) {
                    read(() -> packs.sources().readCsv(path, ask.getResult(), packs.template(now)), path.toString(), owner,
                            previewNew);
                }
            });
            ask.show();
            return;
        }
        read(() -> packs.sources().read(path), path.toString(), owner, previewNew);
    }

    /**
     * Imports what was dropped onto the window: the first file or folder, else a URL.
     *
     * @param dropped dropped files and folders, maybe empty
     * @param url   a dropped URL, or null
     * @return whether anything importable was dropped
     */
    public boolean importDropped(List<Path> dropped, String url, Window owner) {
        if (!dropped.isEmpty()) {
            importPath(dropped.get(0), owner);
            return true;
        }
        if (url != null && Download.isUrl(url)) {
            importUrl(url.strip(), owner);
            return true;
        }
        return false;
    }

    /** Downloads a pack with a progress dialog (Cancel stops it), then imports it. */
    public void importUrl(String url, Window owner) {
        PackLibrary now = installed.get();
        DownloadDialog progress = new DownloadDialog(url);
        own(progress, owner);
        progress.show();
        slow.run(() -> packs.sources().download(url, progress::progress, progress::cancelled, now), bundle -> {
            progress.done();
            plan(bundle, owner, false);
        }, failure -> {
            progress.done();
            if (!progress.cancelled()) {
                showProblems(url, failure, owner);
            }
        });
    }

    private void read(Callable<PackBundle> reading, String name, Window owner, boolean previewNew) {
        slow.run(reading, bundle -> plan(bundle, owner, previewNew), failure -> showProblems(name, failure, owner));
    }

    private void plan(PackBundle bundle, Window owner, boolean previewNew) {
        PackLibrary now = installed.get();
        tasks.run(() -> packs.installer().plan(bundle, now), plan -> {
            if (plan.kind() == ImportPlan.Kind.UPDATE || (previewNew && plan.kind() == ImportPlan.Kind.NEW)) {
                ImportPreviewDialog preview = new ImportPreviewDialog(plan);
                own(preview, owner);
                preview.setOnHidden(e -> {
                    if (preview.getResult() == ImportPreviewDialog.UPDATE || preview.getResult() == ImportPreviewDialog.ADD) {
                        apply(plan, owner);
                    }
                });
                preview.show();
            } else {
                apply(plan, owner);
            }
        }, failure -> showProblems(bundle.origin(), failure, owner));
    }

    private void apply(ImportPlan plan, Window owner) {
        tasks.run(() -> packs.installer().apply(plan, false), (PackInstaller.Result result) -> {
            if (result.installed() != null) {
                onChanged.accept(installed.get().with(result.installed()));
            }
            show(new ImportReportDialog(result.report(), null), owner);
        }, failure -> showProblems(plan.incoming().origin(), failure, owner));
    }

    /**
     * Shows why an import failed and that nothing was imported: the first problems, one a
     * line, their count, and "Save the full report…" (see {@link ProblemList}).
     */
    void showProblems(String name, Throwable failure, Window owner) {
        Alert error = new Alert(Alert.AlertType.ERROR);
        error.setTitle("Pack not imported");
        error.setHeaderText("Could not import " + shortName(name) + ". Nothing was imported.");
        List<String> details = failure instanceof PackException bad
                ? bad.problems().stream().map(PackProblem::format).toList()
                : List.of(name + ": " + ErrorText.of(failure));
        ProblemList content = new ProblemList(details, files, slow, () -> owner, "pack-problems.txt");
        content.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        error.getDialogPane().setContent(content);
        error.getDialogPane().setId("import-result");
        show(error, owner);
    }

    private static String shortName(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return Download.isUrl(name) ? name : trimmed.substring(slash + 1);
    }

    private static void show(Alert alert, Window owner) {
        alert.getDialogPane().setPrefWidth(640);
        own(alert, owner);
        alert.show();
    }

    private static void own(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }
}
