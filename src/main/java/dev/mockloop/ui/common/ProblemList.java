package dev.mockloop.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A list of problems whose layout cost is bounded however many there are: the first
 * {@value #SHOWN} lines, each cut at {@value #LINE_CHARS} characters, then a count and
 * "Save the full report…", which writes every line, whole, to a text file off the UI
 * thread. (A CSV with 100,000 unknown columns once laid out 100,003 lines on the UI thread
 * and froze the window for two minutes.)
 */
public final class ProblemList extends VBox {

    /** The most problems laid out: 200. */
    public static final int SHOWN = 200;
    /** The longest line laid out, in characters; longer ones end in "…". */
    public static final int LINE_CHARS = 400;

    private final List<String> lines;
    private final Label status = new Label();

    /**
     * @param lines  every problem, one a line, e.g. {@code file:line:col: message}
     * @param files  asks where to save the report
     * @param tasks  writes the report off the UI thread
     * @param owner  the window the file dialog belongs to, found when the button is pressed
     * @param report the report's suggested file name, e.g. "pack-problems.txt"
     */
    public ProblemList(List<String> lines, FileDialogs files, TaskRunner tasks, Supplier<Window> owner, String report) {
        super(8);
        this.lines = List.copyOf(lines);
        setId("problem-list");
        TextArea text = new TextArea(shownText(this.lines));
        text.setId("import-problems");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.min(this.lines.size(), SHOWN) + 1));
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        Label count = new Label(countText(this.lines.size()));
        count.setId("problem-count");
        count.setWrapText(true);
        status.setId("problem-report-status");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        Button save = new Button("Save the full report\u2026");
        save.setId("problem-report-save");
        save.setOnAction(e -> files.save(owner.get(), "Save the full report", report, "txt")
                .ifPresent(file -> save(file, tasks)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, status);
    }

    /** @return the text laid out: at most {@value #SHOWN} lines of at most {@value #LINE_CHARS} characters */
    static String shownText(List<String> lines) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, lines.size()); i++) {
            String line = lines.get(i);
            shown.append(line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + "\u2026" : line);
            if (i + 1 < Math.min(SHOWN, lines.size())) {
                shown.append('\n');
            }
        }
        return shown.toString();
    }

    /** @return e.g. "1 problem." or "The first 200 of 100,003 problems; the full report has them all." */
    static String countText(int total) {
        if (total <= SHOWN) {
            return String.format("%,d %s.", total, total == 1 ? "problem" : "problems");
        }
        return String.format("The first %,d of %,d problems; the full report has them all.", SHOWN, total);
    }

    private void save(Path file, TaskRunner tasks) {
        status.setText("Saving the report\u2026");
        tasks.run(() -> {
            try {
                Files.write(file, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException("cannot write " + file + " (" + ErrorText.of(e) + ")", e);
            }
            return file;
        }, saved -> status.setText(String.format("Saved all %,d problems to %s.", lines.size(), saved)),
                failure -> status.setText("Not saved: " + ErrorText.of(failure)));
    }

    /** @return every problem, as given */
    public List<String> lines() {
        return lines;
    }
}
