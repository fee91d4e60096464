package dev.mockloop.ui.packs;

import dev.mockloop.pack.install.ImportCounts;
import dev.mockloop.pack.install.ImportReport;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * What an import did, in Anki's buckets: new, updated, duplicate, conflicting (and
 * removed, for updates), under one sentence saying what happened or why nothing did.
 */
final class ImportReportDialog extends Alert {

    ImportReportDialog(ImportReport report, String note) {
        super(report.applied() ? AlertType.INFORMATION : AlertType.WARNING);
        setTitle(report.applied() ? "Pack imported" : "Pack not applied");
        getDialogPane().setId("import-result");
        String name = "\u201c" + report.title() + "\u201d " + report.toVersion();
        setHeaderText(!report.applied() ? "Nothing was imported from " + name
                : report.fromVersion() == null ? "Imported " + name
                : "Updated \u201c" + report.title() + "\u201d to " + report.toVersion());
        ImportCounts counts = report.counts();
        GridPane buckets = new GridPane();
        buckets.setHgap(24);
        buckets.setVgap(4);
        row(buckets, 0, "report-new", "New", counts.added(), "questions added");
        row(buckets, 1, "report-updated", "Updated", counts.updated(), "questions changed in place");
        row(buckets, 2, "report-duplicate", "Duplicate", counts.duplicate(), "identical to what you have; skipped");
        row(buckets, 3, "report-conflicting", "Conflicting", counts.conflicting(), "differ from your copy; not applied");
        row(buckets, 4, "report-removed", "Removed", counts.removed(), "questions dropped; their attempts are kept");
        Label verdict = new Label(report.verdict() + (note == null ? "" : "\n\n" + note));
        verdict.setId("report-verdict");
        verdict.setWrapText(true);
        VBox content = new VBox(14, verdict, buckets);
        content.setPadding(new Insets(12, 16, 4, 16));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(600);
    }

    private static void row(GridPane grid, int row, String id, String name, int count, String meaning) {
        Label number = new Label(Integer.toString(count));
        number.setId(id);
        number.getStyleClass().add("title-4");
        Label label = new Label(name);
        label.getStyleClass().add("text-bold");
        Label help = new Label(meaning);
        help.getStyleClass().add("text-muted");
        grid.addRow(row, number, label, help);
    }
}
