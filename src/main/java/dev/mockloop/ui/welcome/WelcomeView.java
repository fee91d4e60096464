package dev.mockloop.ui.welcome;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first-run welcome, shown instead of the question list while the history is empty
 * and until it is closed: what a round is, a first round to try, where the data lives.
 */
public final class WelcomeView extends BorderPane {

    private static final double MAX_WIDTH_PX = 720;

    public WelcomeView(WelcomeViewModel model) {
        setId("welcome-view");
        Label heading = new Label("Welcome to Mockloop");
        heading.getStyleClass().add("title-1");

        VBox column = new VBox(18, heading,
                part("What a round is", "A round is one mock interview against the clock. It opens with a behavioral "
                        + "story (\"tell me about a time…\") that turns into the system-design question it leads to, "
                        + "phase by phase: requirements, estimates, the design, a deep dive, the wrap-up. Sketch on the "
                        + "whiteboard and keep notes as you go; probe cards push back like an interviewer. Then score "
                        + "yourself against the pack's rubric. Every attempt is saved, and Mockloop suggests what to "
                        + "practise next."),
                tryFirst(model),
                dataPart(model),
                part("Help", "Press F1 (or ?) for every keyboard shortcut. Help in the top bar brings this page back; "
                        + "the cog opens the settings, where the dark theme is."));
        Button close = new Button("Show me the questions");
        close.setId("welcome-close");
        close.setOnAction(e -> model.close());
        column.getChildren().add(close);
        column.setMaxWidth(MAX_WIDTH_PX);
        column.setPadding(new Insets(24, 32, 32, 32));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static VBox tryFirst(WelcomeViewModel model) {
        if (model.suggestion().isEmpty()) {
            return part("Try a first round", "Import a question pack (Import pack… in the top bar) to start.");
        }
        var q = model.suggestion().get();
        VBox part = part("Try a first round", "A 20-minute speed round keeps the classic round's phases, shorter: a "
                + "good way to meet the timer. Suggested: \"" + q.question().title() + "\" (" + q.question().level().label()
                + ", from " + q.pack().pack().title() + ").");
        Button go = new Button("Try a 20-minute speed round");
        go.setId("welcome-try");
        go.getStyleClass().add("accent");
        go.setDefaultButton(true);
        go.setOnAction(e -> model.trySuggestion());
        Label later = new Label("The round waits for Start, so you can read the question first.");
        later.getStyleClass().add("text-muted");
        HBox row = new HBox(12, go, later);
        row.setAlignment(Pos.CENTER_LEFT);
        part.getChildren().add(row);
        return part;
    }

    private static VBox dataPart(WelcomeViewModel model) {
        VBox part = part("Where your data lives", "Everything stays on this computer: one database with your attempts, "
                + "its backups and your imported packs, in this folder (Settings shows it too).");
        TextField folder = new TextField(model.dataFolder().toString());
        folder.setId("welcome-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText("Data folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setId("welcome-open-folder");
        open.setOnAction(e -> model.openDataFolder());
        HBox row = new HBox(8, folder, open);
        row.setAlignment(Pos.CENTER_LEFT);
        part.getChildren().add(row);
        return part;
    }

    private static VBox part(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        Label body = new Label(text);
        body.setWrapText(true);
        return new VBox(6, heading, body);
    }
}
