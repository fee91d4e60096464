package dev.mockloop.ui.home;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.review.PracticeAdvice;
import dev.mockloop.review.Sm2;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * "What to practise next" on the home screen: the questions due today by the SM-2
 * schedule ({@link Sm2}), and the weakest rubric dimension with the questions that train
 * it. A click selects the question in the list, ready to start.
 */
final class PracticeNextPane extends VBox {

    private final HomeViewModel model;
    private final FlowPane due = new FlowPane(6, 4);
    private final FlowPane weakest = new FlowPane(6, 4);

    PracticeNextPane(HomeViewModel model) {
        super(4);
        this.model = model;
        setId("home-practice-next");
        getStyleClass().add("practice-next");
        due.setId("home-due");
        due.setAlignment(Pos.CENTER_LEFT);
        weakest.setId("home-weakest");
        weakest.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(due, weakest);
        model.adviceProperty().addListener((obs, old, advice) -> show(advice));
        show(model.adviceProperty().get());
    }

    private void show(PracticeAdvice advice) {
        boolean any = !advice.due().isEmpty() || advice.weakest().isPresent();
        setVisible(any);
        setManaged(any);
        due.getChildren().setAll(heading("Due today:"));
        if (advice.due().isEmpty()) {
            due.getChildren().add(muted("nothing; every question you practised is scheduled for later."));
        }
        for (PracticeAdvice.Due d : advice.due()) {
            Hyperlink link = link(d.question());
            link.setTooltip(new Tooltip(String.format(Locale.ROOT, "Last mean score %.1f; %s", d.lastMean(),
                    d.overdueDays() == 0 ? "due today" : "due " + d.overdueDays() + (d.overdueDays() == 1 ? " day ago" : " days ago"))));
            due.getChildren().add(link);
        }
        weakest.getChildren().clear();
        advice.weakest().ifPresent(w -> {
            Label label = heading("Weakest dimension:");
            Label which = new Label(String.format(Locale.ROOT, "%s (mean %.1f %s) —", w.title(), w.mean(),
                    w.sinceDays() == 0 ? "overall" : "over the last " + w.sinceDays() + " days"));
            which.setId("home-weakest-dimension");
            weakest.getChildren().addAll(label, which, muted("train it with"));
            List<LibraryQuestion> questions = w.questions();
            questions.forEach(q -> weakest.getChildren().add(link(q)));
        });
    }

    private Hyperlink link(LibraryQuestion question) {
        Hyperlink link = new Hyperlink(question.question().title());
        link.getStyleClass().add("practice-link");
        link.setOnAction(e -> model.pick(question));
        return link;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Node muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
