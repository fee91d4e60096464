package dev.mockloop.ui.packs;

import dev.mockloop.pack.Question;
import dev.mockloop.pack.install.ImportPlan;
import dev.mockloop.pack.install.QuestionChanges;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The preview of an update (or of a new pack handed over by another copy of the app),
 * shown before anything changes: which questions are new,
 * updated (and in what), removed, and unchanged. Its result is the Update button when the
 * user goes ahead. Every text is shown as plain text.
 */
final class ImportPreviewDialog extends Dialog<ButtonType> {

    /** The button that applies the update. */
    static final ButtonType UPDATE = new ButtonType("Update", ButtonBar.ButtonData.OK_DONE);
    /** The button that adds a new pack (shown for a pack another copy of the app handed over). */
    static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    ImportPreviewDialog(ImportPlan plan) {
        boolean adding = plan.kind() == ImportPlan.Kind.NEW;
        setTitle(adding ? "Add pack" : "Update pack");
        getDialogPane().setId("import-preview");
        setHeaderText(adding
                ? "Add \u201c" + plan.pack().title() + "\u201d " + plan.pack().version() + " by "
                        + String.join(", ", plan.pack().authors()) + "?"
                : "Update \u201c" + plan.pack().title() + "\u201d from " + plan.fromVersion() + " to "
                        + plan.pack().version() + "?");
        QuestionChanges changes = plan.changes();
        Label verdict = new Label(plan.verdict()
                + (plan.otherChanges() ? " The pack's rounds, rubric, failure modes, texts or pictures change too." : ""));
        verdict.setWrapText(true);
        TabPane tabs = new TabPane(
                tab("preview-new", "New", changes.added().stream().map(ImportPreviewDialog::label).toList()),
                tab("preview-updated", "Updated", changes.updated().stream()
                        .map(u -> label(u.after()) + "  \u2014 " + String.join(", ", u.changedParts())).toList()),
                tab("preview-removed", "Removed", changes.removed().stream()
                        .map(q -> label(q) + "  \u2014 its attempts stay in your history").toList()),
                tab("preview-unchanged", "Unchanged", changes.unchanged().stream().map(ImportPreviewDialog::label).toList()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(640, 300);
        VBox content = new VBox(12, verdict, tabs);
        content.setPadding(new Insets(12, 16, 4, 16));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, adding ? ADD : UPDATE);
        setResizable(true);
    }

    private static Tab tab(String id, String name, List<String> items) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(items);
        list.setId(id);
        list.setPlaceholder(new Label("None"));
        Tab tab = new Tab(name + " (" + items.size() + ")", list);
        tab.setId(id + "-tab");
        return tab;
    }

    private static String label(Question q) {
        return q.title() + "  (" + q.id() + ")";
    }
}
