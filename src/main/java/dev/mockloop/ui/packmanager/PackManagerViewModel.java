package dev.mockloop.ui.packmanager;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.install.PackState;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the pack manager: every installed pack with its version, authors, license,
 * question and attempt counts and whether it is on; switching packs on and off, removing
 * one (its attempts are kept), exporting one. Database and disk work run off the UI thread.
 */
public final class PackManagerViewModel {

    private final Packs packs;
    private final AttemptRepository attempts;
    private final TaskRunner tasks;
    private final Supplier<PackLibrary> library;
    private final Consumer<PackLibrary> onChanged;
    private final ObservableList<PackRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PackRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper orphanAttempts = new ReadOnlyIntegerWrapper();

    /**
     * @param library   the packs installed now
     * @param onChanged told of the new library after a pack is switched, removed or imported
     */
    public PackManagerViewModel(Packs packs, AttemptRepository attempts, TaskRunner tasks,
                                Supplier<PackLibrary> library, Consumer<PackLibrary> onChanged) {
        this.packs = packs;
        this.attempts = attempts;
        this.tasks = tasks;
        this.library = library;
        this.onChanged = onChanged;
    }

    /** Reloads the rows: pack settings and attempt counts come from the database. */
    public void load() {
        PackLibrary now = library.get();
        tasks.run(() -> new Loaded(packs.states(), attempts.countsByPack()), loaded -> {
            String keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(now.packs().stream().map(p -> new PackRow(p, now.isEnabled(p.pack().id()),
                    loaded.counts().getOrDefault(p.pack().id(), 0), loaded.states().get(p.pack().id()))).toList());
            orphanAttempts.set(loaded.counts().entrySet().stream()
                    .filter(e -> now.pack(e.getKey()).isEmpty()).mapToInt(Map.Entry::getValue).sum());
            selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        }, failure -> error.set("Could not read your packs: " + failure.getMessage()));
    }

    /** Switches a pack's questions on or off everywhere in the app. */
    public void setEnabled(PackRow row, boolean enabled) {
        tasks.run(() -> {
            packs.installer().setEnabled(row.id(), enabled);
            return null;
        }, done -> {
            onChanged.accept(library.get().withEnabled(row.id(), enabled));
            confirm("\u201c" + row.installed().pack().title() + "\u201d is " + (enabled ? "on" : "off") + ".");
            load();
        }, failure -> error.set("Could not switch the pack " + (enabled ? "on" : "off") + ": " + failure.getMessage()));
    }

    /** Removes an imported pack; its attempts stay in the history. */
    public void remove(PackRow row) {
        tasks.run(() -> {
            packs.installer().remove(row.installed());
            return null;
        }, done -> {
            onChanged.accept(library.get().without(row.id()));
            confirm("Removed \u201c" + row.installed().pack().title() + "\u201d." + switch (row.attempts()) {
                case 0 -> "";
                case 1 -> " Its attempt is still in History.";
                default -> " Its " + row.attempts() + " attempts are still in History.";
            });
            selected.set(null);
            load();
        }, failure -> error.set(failure.getMessage()));
    }

    /** Writes a pack to share it, as .json or .zip (by the file's extension). */
    public void export(PackRow row, Path out) {
        InstalledPack pack = row.installed();
        tasks.run(() -> {
            packs.exporter().export(packs.exporter().bundleOf(pack), out);
            return out;
        }, done -> confirm("Exported \u201c" + pack.pack().title() + "\u201d " + pack.pack().version() + " to " + done
                + "."), failure -> error.set(failure.getMessage()));
    }

    /** An action succeeded: says so, and takes down the failure of an earlier one. */
    private void confirm(String confirmation) {
        status.set(confirmation);
        error.set("");
    }

    /** @return the folder a pack's files are in, or null for a bundled pack */
    public Path folderOf(PackRow row) {
        return row.bundled() ? null : row.installed().file().getParent();
    }

    /** @return a file name to offer when exporting, e.g. {@code my.pack-1.2.0.zip} */
    public String exportName(PackRow row) {
        return row.id() + "-" + row.installed().pack().version() + ".zip";
    }

    public ObservableList<PackRow> rows() {
        return rows;
    }

    public ObjectProperty<PackRow> selectedProperty() {
        return selected;
    }

    /** @return the latest confirmation, e.g. "Removed …" */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the latest failure, or "" */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return attempts whose pack is no longer installed (still viewable in History) */
    public ReadOnlyIntegerProperty orphanAttemptsProperty() {
        return orphanAttempts.getReadOnlyProperty();
    }

    /** @return true while an imported (not bundled) pack is selected */
    public BooleanBinding canRemove() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().bundled(), selected);
    }

    /** @return true while a pack the user authored is selected */
    public BooleanBinding canEdit() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().authored(), selected);
    }

    /** @return true while any pack is selected */
    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    private record Loaded(Map<String, PackState> states, Map<String, Integer> counts) {
    }

    /** @return the questions' titles of the selected pack, in file order */
    public List<String> questionTitles(PackRow row) {
        return row.installed().pack().questions().stream().map(q -> q.title()).toList();
    }
}
