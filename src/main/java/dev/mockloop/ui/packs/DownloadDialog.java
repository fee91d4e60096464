package dev.mockloop.ui.packs;

import dev.mockloop.pack.PackLimits;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * Shows a download's progress, with Cancel. Progress may be reported from any thread.
 */
final class DownloadDialog extends Alert {

    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label status = new Label("Connecting\u2026");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    DownloadDialog(String url) {
        super(AlertType.NONE);
        setTitle("Downloading pack");
        setHeaderText("Downloading " + url);
        getDialogPane().setId("import-progress");
        bar.setId("download-progress");
        bar.setPrefWidth(480);
        status.setId("download-status");
        getDialogPane().setContent(new VBox(8, bar, status));
        getButtonTypes().setAll(ButtonType.CANCEL);
        setOnCloseRequest(e -> cancelled.set(true));
    }

    /** @return true once the user pressed Cancel */
    boolean cancelled() {
        return cancelled.get();
    }

    /** Shows how far the download is; safe to call from the downloading thread. */
    void progress(long bytes, long total) {
        Runnable show = () -> {
            bar.setProgress(total > 0 ? (double) bytes / total : ProgressBar.INDETERMINATE_PROGRESS);
            status.setText(PackLimits.size(bytes) + (total > 0 ? " of " + PackLimits.size(total) : "")
                    + " \u00b7 at most " + PackLimits.size(PackLimits.MAX_DOWNLOAD_BYTES));
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** Closes the dialog without counting it as a cancel. */
    void done() {
        setOnCloseRequest(null);
        close();
    }
}
