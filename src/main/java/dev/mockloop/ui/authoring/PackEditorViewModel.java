package dev.mockloop.ui.authoring;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackCheck;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackProblem;
import dev.mockloop.pack.PackTemplate;
import dev.mockloop.pack.PackVersion;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.install.ImportPlan;
import dev.mockloop.pack.install.PackInstaller;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the pack editor: a pack of your own questions, checked as you type with the
 * same checks every pack gets, and saved through the installer like any import (one
 * transaction). Editing a saved pack bumps its patch version on save when the version
 * was left as it was, so a copy shared earlier updates cleanly.
 */
public final class PackEditorViewModel {

    private static final Pattern QUESTION_PATH = Pattern.compile("^/questions/(\\d+)(/.*)?$");

    private final StringProperty packId = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty("1.0.0");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty license = new SimpleStringProperty("CC-BY-4.0");
    private final ObservableList<QuestionDraft> questions = FXCollections.observableArrayList(
            q -> q.fields());
    private final ObjectProperty<QuestionDraft> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Packs packs;
    private final TaskRunner tasks;
    private final Supplier<PackLibrary> library;
    private final Consumer<PackLibrary> onSaved;
    private final PackTemplate template;
    private InstalledPack original;

    /**
     * @param editing the authored pack to edit, or null for a new pack
     * @param onSaved told of the library after a save
     */
    public PackEditorViewModel(Packs packs, TaskRunner tasks, Supplier<PackLibrary> library,
                               Consumer<PackLibrary> onSaved, InstalledPack editing) {
        this.packs = packs;
        this.tasks = tasks;
        this.library = library;
        this.onSaved = onSaved;
        this.original = editing;
        if (editing == null) {
            template = packs.template(library.get());
            String user = System.getProperty("user.name", "");
            author.set(user.isBlank() ? "" : user);
            addQuestion();
        } else {
            Pack pack = editing.pack();
            template = PackTemplate.of(pack);
            packId.set(pack.id());
            title.set(pack.title());
            version.set(pack.version());
            description.set(pack.description());
            author.set(String.join(", ", pack.authors()));
            license.set(pack.license());
            pack.questions().forEach(q -> questions.add(new QuestionDraft(q)));
            selected.set(questions.get(0));
        }
        for (Observable field : new Observable[] {packId, title, version, description, author, license, questions}) {
            field.addListener(o -> check());
        }
        check();
    }

    /** @return whether this is a pack that was saved before */
    public boolean editing() {
        return original != null;
    }

    /** Adds a blank question and selects it. */
    public void addQuestion() {
        QuestionDraft draft = new QuestionDraft(template.defaultFramework());
        questions.add(draft);
        selected.set(draft);
    }

    /** Removes the selected question; a pack keeps at least one. */
    public void removeSelected() {
        QuestionDraft draft = selected.get();
        if (draft != null && questions.size() > 1) {
            int at = questions.indexOf(draft);
            questions.remove(draft);
            selected.set(questions.get(Math.min(at, questions.size() - 1)));
        }
    }

    /** @return the ids of the frameworks a question can run on */
    public List<String> frameworkIds() {
        return template.frameworks().stream().map(f -> f.id()).toList();
    }

    /** Checks the pack as it stands, filling {@link #problems()}. */
    void check() {
        List<String> found = new ArrayList<>();
        require(found, "Pack title", title.get());
        require(found, "Pack id", packId.get());
        require(found, "Version", version.get());
        require(found, "Description", description.get());
        require(found, "Author", author.get());
        require(found, "License", license.get());
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            String where = "Question " + (i + 1) + " (" + q.label() + "): ";
            require(found, where + "title", q.titleProperty().get());
            require(found, where + "behavioral prompt", q.behavioralProperty().get());
            require(found, where + "design prompt", q.designProperty().get());
        }
        if (found.isEmpty()) {
            PackCheck check = packs.reader().check("your pack", packs.writer().write(pack()));
            check.problems().forEach(p -> found.add(explain(p)));
        }
        problems.setAll(found);
        valid.set(found.isEmpty());
    }

    /**
     * Saves the pack: checked, installed in one transaction like an import, and marked as
     * yours so it can be edited again.
     */
    public void save() {
        if (!valid.get()) {
            return;
        }
        PackLibrary now = library.get();
        Pack pack = pack();
        if (original != null && !pack.equals(original.pack())
                && PackVersion.parse(pack.version()).compareTo(PackVersion.parse(original.pack().version())) <= 0) {
            version.set(PackVersion.parse(original.pack().version()).nextPatch().toString());
            pack = pack();
        }
        PackBundle bundle = PackBundle.of("authored", pack, packs.writer().write(pack));
        tasks.run(() -> {
            ImportPlan plan = packs.installer().plan(bundle, now);
            if (plan.kind() == ImportPlan.Kind.SAME_VERSION && !plan.changes().any() && !plan.otherChanges()) {
                return null;
            }
            if (!plan.applies()) {
                throw new IllegalStateException(plan.verdict());
            }
            return packs.installer().apply(plan, true);
        }, (PackInstaller.Result result) -> {
            if (result == null) {
                status.set("No changes to save.");
                return;
            }
            original = result.installed();
            onSaved.accept(now.with(result.installed()));
            status.set("Saved \u201c" + result.report().title() + "\u201d " + result.report().toVersion() + ".");
        }, failure -> status.set("Not saved: " + failure.getMessage()));
    }

    /** @return the pack as the form stands */
    Pack pack() {
        List<Question> list = questions.stream().map(QuestionDraft::toQuestion).toList();
        List<String> authors = java.util.Arrays.stream(author.get().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new Pack(packId.get().strip(), version.get().strip(), title.get().strip(), description.get().strip(),
                authors, license.get().strip(), template.frameworks(), template.rubric(), template.failureModes(), list);
    }

    private String explain(PackProblem problem) {
        Matcher m = QUESTION_PATH.matcher(problem.path());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String label = index < questions.size() ? questions.get(index).label() : "";
            return "Question " + (index + 1) + " (" + label + "): " + problem.message();
        }
        return problem.message();
    }

    private static void require(List<String> found, String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(field + " is empty.");
        }
    }

    public ObservableList<QuestionDraft> questions() {
        return questions;
    }

    public ObjectProperty<QuestionDraft> selectedProperty() {
        return selected;
    }

    /** @return what keeps the pack from being saved, one sentence each; empty when it can be */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return the pack id field: an input, bound both ways */
    public StringProperty packIdProperty() {
        return packId;
    }

    /** @return the title field: an input, bound both ways */
    public StringProperty titleProperty() {
        return title;
    }

    /** @return the version field: an input, bound both ways */
    public StringProperty versionProperty() {
        return version;
    }

    /** @return the description field: an input, bound both ways */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** @return the author field: an input, bound both ways */
    public StringProperty authorProperty() {
        return author;
    }

    /** @return the license field: an input, bound both ways */
    public StringProperty licenseProperty() {
        return license;
    }
}
