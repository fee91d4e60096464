package dev.mockloop.ui.frameworks;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mockloop.framework.FrameworkRepository;
import dev.mockloop.framework.FrameworkRules;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import dev.mockloop.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the frameworks screen: the user's frameworks, the ones to start from (built-in
 * and from packs), and an editor whose problems are checked as the user types
 * ({@link FrameworkRules}: a title, phases with titles and minutes, 15 to 90 minutes in all).
 */
public final class FrameworksViewModel {

    private final ObservableList<Framework> mine;
    private final List<Framework> templates;
    private final FrameworkRepository repository;
    private final TaskRunner tasks;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<PhaseRow> phases = FXCollections.observableArrayList(
            row -> new Observable[] {row.titleProperty(), row.minutesProperty(), row.guideProperty(), row.promptProperty()});
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding problems;
    private final StringBinding total;
    private String editingId;

    /**
     * @param mine      the user's frameworks, shared with the home screen and kept current here
     * @param templates built-in and pack frameworks the user can duplicate
     */
    public FrameworksViewModel(ObservableList<Framework> mine, List<Framework> templates,
                               FrameworkRepository repository, TaskRunner tasks) {
        this.mine = mine;
        this.templates = List.copyOf(templates);
        this.repository = repository;
        this.tasks = tasks;
        problems = Bindings.createStringBinding(
                () -> editing.get() ? String.join("\n", FrameworkRules.check(draft())) : "", title, phases, editing);
        total = Bindings.createStringBinding(() -> {
            int minutes = phases.stream().mapToInt(p -> p.minutesProperty().get()).sum();
            return minutes + " minutes in " + phases.size() + (phases.size() == 1 ? " phase" : " phases");
        }, phases);
    }

    /** Starts a new framework from the classic 45-minute shape. */
    public void newFramework() {
        load(null, "My framework", List.of(
                new PhaseRow("Requirements", 5, "Users, scope and the targets that matter.", PromptKind.DESIGN),
                new PhaseRow("Estimates", 5, "Peak load and storage; the number that decides the design.", PromptKind.DESIGN),
                new PhaseRow("API and data model", 7, "The calls and records that matter.", PromptKind.DESIGN),
                new PhaseRow("High-level design", 12, "The main path end to end.", PromptKind.DESIGN),
                new PhaseRow("Deep dive", 12, "The riskiest part, its failures and trade-offs.", PromptKind.DESIGN),
                new PhaseRow("Wrap-up", 4, "Trade-offs made and what comes next.", PromptKind.DESIGN)));
    }

    /** Opens one of the user's frameworks for editing. */
    public void edit(Framework framework) {
        load(framework.id(), framework.title(), framework.phases().stream().map(PhaseRow::of).toList());
    }

    /** Starts a new framework as a copy of any framework. */
    public void duplicate(Framework framework) {
        load(null, "Copy of " + framework.title(), framework.phases().stream().map(PhaseRow::of).toList());
    }

    /** Deletes one of the user's frameworks. */
    public void delete(Framework framework) {
        tasks.run(() -> {
            repository.delete(framework.id());
            return framework;
        }, gone -> {
            mine.remove(gone);
            if (gone.id().equals(editingId)) {
                editing.set(false);
            }
            status.set("Deleted \u201c" + gone.title() + "\u201d.");
        }, failure -> status.set("Not deleted: " + failure.getMessage()));
    }

    public void addPhase() {
        phases.add(new PhaseRow("New phase", 5, "", PromptKind.DESIGN));
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    /** Moves a phase up ({@code -1}) or down ({@code +1}). */
    public void move(PhaseRow row, int by) {
        int from = phases.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < phases.size()) {
            phases.remove(from);
            phases.add(to, row);
        }
    }

    /** Saves the framework being edited, if it has no problems. */
    public void save() {
        if (!canSave().get()) {
            return;
        }
        Framework framework = draft();
        saving.set(true);
        tasks.run(() -> {
            repository.save(framework);
            return framework;
        }, saved -> {
            saving.set(false);
            mine.removeIf(f -> f.id().equals(saved.id()));
            mine.add(saved);
            editingId = saved.id();
            status.set("Saved \u201c" + saved.title() + "\u201d. Choose it next to Start round on the home screen.");
        }, failure -> {
            saving.set(false);
            status.set("Not saved: " + failure.getMessage());
        });
    }

    private void load(String id, String name, List<PhaseRow> rows) {
        editingId = id;
        title.set(name);
        phases.setAll(rows);
        editing.set(true);
        status.set("");
    }

    /** @return the editor's content as a framework, with ids made from the titles */
    Framework draft() {
        Set<String> used = new HashSet<>();
        List<Phase> list = new ArrayList<>();
        for (PhaseRow row : phases) {
            String base = FrameworkRules.idFrom(row.titleProperty().get());
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            list.add(new Phase(id, row.titleProperty().get().strip(), row.minutesProperty().get(),
                    row.guideProperty().get().isBlank() ? row.titleProperty().get().strip() : row.guideProperty().get().strip(),
                    row.promptProperty().get()));
        }
        String id = editingId != null ? editingId : uniqueId(FrameworkRules.idFrom(title.get()));
        return new Framework(id, title.get().strip(), "Your own framework", list);
    }

    private String uniqueId(String base) {
        String id = "mine-" + base;
        Set<String> taken = new HashSet<>();
        mine.forEach(f -> taken.add(f.id()));
        for (int n = 2; taken.contains(id); n++) {
            id = "mine-" + base + "-" + n;
        }
        return id;
    }

    public ObservableList<Framework> mine() {
        return mine;
    }

    public List<Framework> templates() {
        return templates;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<PhaseRow> phases() {
        return phases;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** @return the editor's problems, one a line, each with its fix; empty when it can be saved */
    public StringBinding problemsProperty() {
        return problems;
    }

    /** @return e.g. "45 minutes in 6 phases" */
    public StringBinding totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canSave() {
        return editing.and(problems.isEmpty()).and(saving.not());
    }
}
