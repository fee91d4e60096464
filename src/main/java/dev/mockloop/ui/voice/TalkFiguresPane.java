package dev.mockloop.ui.voice;

import atlantafx.base.theme.Styles;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.common.TimeText;
import dev.mockloop.voice.TalkFigures;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * How the candidate talked, on the attempt page: the share of the round spent talking, the
 * longest silence, talk time per phase (a bar each) and the response time after each probe
 * card. Ids: {@code #talk-figures}, {@code #talk-share}, {@code #talk-longest-silence},
 * {@code #talk-phase-<phaseId>}, {@code #talk-probe-<n>}, {@code #talk-message}.
 */
public final class TalkFiguresPane extends VBox {

    /** Widest the pane grows, px, so the probe lines wrap at a readable length. */
    static final double MAX_WIDTH = 900;

    /**
     * @param load  reads the attempt's figures (off the UI thread), empty if the round was not recorded
     * @param tasks runs {@code load}
     */
    public TalkFiguresPane(Callable<Optional<TalkFigures>> load, TaskRunner tasks) {
        super(8);
        setId("talk-figures");
        setMaxWidth(MAX_WIDTH);
        Label loading = muted("Measuring how you talked…");
        loading.setId("talk-message");
        getChildren().add(loading);
        tasks.run(load, figures -> show(figures.orElse(null)),
                failure -> loading.setText("The talk figures cannot be shown: " + failure.getMessage()));
    }

    /** @param figures the figures to show, or null for a round that was not recorded */
    public TalkFiguresPane(TalkFigures figures) {
        super(8);
        setId("talk-figures");
        setMaxWidth(MAX_WIDTH);
        show(figures);
    }

    private void show(TalkFigures figures) {
        getChildren().clear();
        if (figures == null || figures.recordedMs() == 0) {
            Label none = muted("This round was not recorded, so there are no talk figures.");
            none.setId("talk-message");
            getChildren().add(none);
            return;
        }
        Label share = new Label(percent(figures.talkShare()) + " of the round talking ("
                + TimeText.duration(figures.talkMs()) + " of " + TimeText.duration(figures.recordedMs()) + ")");
        share.setId("talk-share");
        share.getStyleClass().add(Styles.TEXT_BOLD);
        Label silence = new Label("Longest silence: " + TimeText.duration(figures.longestSilenceMs()));
        silence.setId("talk-longest-silence");
        getChildren().addAll(share, silence);

        GridPane phases = new GridPane();
        phases.setHgap(12);
        phases.setVgap(4);
        int row = 0;
        for (TalkFigures.PhaseTalk phase : figures.phases()) {
            if (phase.lengthMs() == 0) {
                continue;  // a phase the round never reached
            }
            ProgressBar bar = new ProgressBar(phase.share());
            bar.setPrefWidth(180);
            Label value = new Label(TimeText.duration(phase.talkMs()) + " of " + TimeText.duration(phase.lengthMs())
                    + " · " + percent(phase.share()));
            value.setId("talk-phase-" + phase.phaseId());
            phases.addRow(row++, new Label(phase.title()), bar, value);
        }
        getChildren().add(phases);

        int n = 0;
        for (TalkFigures.ProbeReply probe : figures.probes()) {
            String reply = probe.responseMs() == null ? "no answer spoken before the recording ended"
                    : "you began answering after " + seconds(probe.responseMs());
            Label line = new Label("\u201c" + probe.text() + "\u201d at " + TimeText.duration(probe.shownAtMs()) + ": " + reply);
            line.setWrapText(true);
            line.setId("talk-probe-" + n++);
            getChildren().add(line);
        }
        Long mean = figures.meanResponseMs();
        if (mean != null) {
            HBox meanRow = new HBox(new Label("Mean response after a probe: " + seconds(mean)));
            meanRow.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(meanRow);
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
