package dev.mockloop.ui.authoring;

import dev.mockloop.pack.Behavioral;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Probe;
import dev.mockloop.pack.Question;
import dev.mockloop.pack.io.CsvOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One question being written in the editor, field by field. Lists (signals, clarifying
 * questions, probes, and the reference outline's components, estimates, tradeoffs and
 * sources) are edited one item a line; tags are separated by spaces.
 */
public final class QuestionDraft {

    final StringProperty id = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.MID);
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty framework = new SimpleStringProperty("");
    final StringProperty behavioral = new SimpleStringProperty("");
    final StringProperty behavioralSignals = new SimpleStringProperty("");
    final StringProperty design = new SimpleStringProperty("");
    final StringProperty clarifying = new SimpleStringProperty("");
    final StringProperty probes = new SimpleStringProperty("");
    final StringProperty designSignals = new SimpleStringProperty("");
    final StringProperty outlineComponents = new SimpleStringProperty("");
    final StringProperty outlineEstimates = new SimpleStringProperty("");
    final StringProperty outlineTradeoffs = new SimpleStringProperty("");
    final StringProperty outlineSources = new SimpleStringProperty("");
    private String image;
    private List<Probe> placedProbes = List.of();

    /** A blank question on this framework. */
    QuestionDraft(String frameworkId) {
        framework.set(frameworkId);
    }

    /** A draft of an existing question; probes keep their phase and minute while their text is unchanged. */
    QuestionDraft(Question q) {
        id.set(q.id());
        title.set(q.title());
        level.set(q.level());
        tags.set(String.join(" ", q.tags()));
        framework.set(q.framework());
        behavioral.set(q.behavioral().prompt());
        behavioralSignals.set(String.join("\n", q.behavioral().signals()));
        design.set(q.design().prompt());
        clarifying.set(String.join("\n", q.design().clarifyingQuestions()));
        probes.set(String.join("\n", q.design().probes().stream().map(Probe::text).toList()));
        designSignals.set(String.join("\n", q.design().signals()));
        Outline outline = q.design().outline();
        outlineComponents.set(String.join("\n", outline.components()));
        outlineEstimates.set(String.join("\n", outline.estimates()));
        outlineTradeoffs.set(String.join("\n", outline.tradeoffs()));
        outlineSources.set(String.join("\n", outline.sources()));
        image = q.design().image();
        placedProbes = q.design().probes();
    }

    /** @return every field, to listen for edits */
    Observable[] fields() {
        return new Observable[] {id, title, level, tags, framework, behavioral, behavioralSignals, design, clarifying,
            probes, designSignals, outlineComponents, outlineEstimates, outlineTradeoffs, outlineSources};
    }

    /** @return the id as written, or one made from the title when left blank */
    String effectiveId() {
        String written = id.get().strip();
        return written.isEmpty() ? CsvOptions.slug(title.get()) : written;
    }

    /** @return the question as it would be saved (not yet checked) */
    Question toQuestion() {
        List<Probe> probeList = lines(probes.get()).stream().map(text -> placedProbes.stream()
                .filter(p -> p.text().equals(text)).findFirst().orElse(new Probe(text, null, null))).toList();
        return new Question(effectiveId(), title.get().strip(), level.get(),
                Arrays.stream(tags.get().toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isEmpty()).distinct().toList(),
                framework.get(), new Behavioral(behavioral.get().strip(), lines(behavioralSignals.get())),
                new Design(design.get().strip(), lines(clarifying.get()), probeList, lines(designSignals.get()), image,
                        new Outline(lines(outlineComponents.get()), lines(outlineEstimates.get()),
                                lines(outlineTradeoffs.get()), lines(outlineSources.get()))));
    }

    /** @return the title, or a placeholder for the question list */
    String label() {
        return title.get().isBlank() ? "(untitled question)" : title.get();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
