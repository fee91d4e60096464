package dev.mockloop.ui.common;

import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeFate;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Question;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The answer key of a round: what the question's pack says a strong answer shows (design
 * and behavioral signals, clarifying questions, the reference outline with its sources) and
 * what happened to every probe (answered and how fast, missed because its phase was skipped,
 * never reached). Texts from the pack are shown as plain text. The coach's marks, when there
 * are any, are put on the items with {@link #mark}.
 */
public final class AnswerKeyPane extends VBox {

    /** One section of items: its heading, and how many of its items the coach has marked covered. */
    private static final class Section {
        final Label heading;
        final String title;
        final int total;
        final java.util.Set<String> covered = new java.util.HashSet<>();

        Section(Label heading, String title, int total) {
            this.heading = heading;
            this.title = title;
            this.total = total;
        }
    }

    private final Map<String, Label> marks = new HashMap<>();
    private final Map<String, Section> sectionOf = new HashMap<>();

    /**
     * @param question the question as its pack has it, or {@code null} when the pack is gone
     * @param probes   every probe of the round, shown or not
     * @param phases   the round's phases, planned against actual, to tell a skipped probe from one never reached
     */
    public AnswerKeyPane(Question question, List<ProbeResponse> probes, List<PhaseTime> phases) {
        super(14);
        setId("answer-key");
        getStyleClass().add("answer-key");
        if (question == null) {
            getChildren().add(muted("The answer key is not available: this question's pack is no longer installed."));
        } else {
            Outline outline = question.design().outline();
            add("Clarifying questions", "clarifying-question", question.design().clarifyingQuestions());
            add("What a strong design shows", "design-signal", question.design().signals());
            add("What a strong story shows", "behavioral-signal", question.behavioral().signals());
            add("Reference outline: components", "outline-component", outline.components());
            add("Reference outline: estimates", "outline-estimate", outline.estimates());
            add("Reference outline: tradeoffs", "outline-tradeoff", outline.tradeoffs());
            if (!outline.sources().isEmpty()) {
                VBox sources = new VBox(2, heading("Sources"));
                outline.sources().forEach(s -> sources.getChildren().add(muted(s)));
                getChildren().add(sources);
            }
        }
        getChildren().add(probes(probes, phases));
    }

    private void add(String title, String kind, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Label heading = heading(title);
        Section section = new Section(heading, title, items.size());
        VBox list = new VBox(6, heading);
        list.setId("answer-key-" + kind);
        for (String item : items) {
            sectionOf.put(item, section);
            Label text = wrapped("• " + item);
            Label mark = muted("");
            mark.setManaged(false);
            mark.setVisible(false);
            marks.put(item, mark);
            list.getChildren().add(new VBox(1, text, mark));
        }
        getChildren().add(list);
    }

    private static Node probes(List<ProbeResponse> probes, List<PhaseTime> phases) {
        VBox list = new VBox(6, heading("Probes"));
        list.setId("answer-key-probes");
        if (probes.isEmpty()) {
            list.getChildren().add(muted("This question has no probes."));
        }
        for (ProbeResponse probe : probes) {
            ProbeFate fate = ProbeFate.of(probe, phases);
            Label fateLine = muted(fate.describe(probe));
            fateLine.getStyleClass().add("probe-" + fate.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            list.getChildren().add(new VBox(1, wrapped("\u201c" + probe.text() + "\u201d"), fateLine));
        }
        return list;
    }

    /**
     * Marks an item as the coach saw it.
     *
     * @param itemText the item's text exactly as in the pack
     * @param covered  whether the candidate covered it
     * @param evidence the note line or shape that covers it, or {@code null}
     * @param where    where that evidence is, e.g. "notes, line 8", or {@code null}
     * @return whether the item is on this answer key
     */
    public boolean mark(String itemText, boolean covered, String evidence, String where) {
        Label mark = marks.get(itemText);
        if (mark == null) {
            return false;
        }
        mark.setText(covered ? "\u2713 covered" + (evidence == null ? "" : ": \u201c" + evidence + "\u201d")
                + (where == null ? "" : " \u2014 " + where) : "\u2717 not seen in your notes or sketch");
        Section section = sectionOf.get(itemText);
        if (covered) {
            section.covered.add(itemText);
        } else {
            section.covered.remove(itemText);
        }
        section.heading.setText(section.title + " \u2014 " + section.covered.size() + " of " + section.total + " covered");
        mark.getStyleClass().removeAll("covered", "missed");
        mark.getStyleClass().add(covered ? "covered" : "missed");
        mark.setManaged(true);
        mark.setVisible(true);
        return true;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
