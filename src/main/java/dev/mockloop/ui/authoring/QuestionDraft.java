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

    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.MID);
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty framework = new SimpleStringProperty("");
    private final StringProperty behavioral = new SimpleStringProperty("");
    private final StringProperty behavioralSignals = new SimpleStringProperty("");
    private final StringProperty design = new SimpleStringProperty("");
    private final StringProperty clarifying = new SimpleStringProperty("");
    private final StringProperty probes = new SimpleStringProperty("");
    private final StringProperty designSignals = new SimpleStringProperty("");
    private final StringProperty outlineComponents = new SimpleStringProperty("");
    private final StringProperty outlineEstimates = new SimpleStringProperty("");
    private final StringProperty outlineTradeoffs = new SimpleStringProperty("");
    private final StringProperty outlineSources = new SimpleStringProperty("");
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

    /** @return the id field: an input, bound both ways */
    public StringProperty idProperty() {
        return id;
    }

    /** @return the title field: an input, bound both ways */
    public StringProperty titleProperty() {
        return title;
    }

    /** @return the level field: an input, bound both ways */
    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    /** @return the tags field: an input, bound both ways */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** @return the framework field: an input, bound both ways */
    public StringProperty frameworkProperty() {
        return framework;
    }

    /** @return the behavioral field: an input, bound both ways */
    public StringProperty behavioralProperty() {
        return behavioral;
    }

    /** @return the behavioral signals field: an input, bound both ways */
    public StringProperty behavioralSignalsProperty() {
        return behavioralSignals;
    }

    /** @return the design field: an input, bound both ways */
    public StringProperty designProperty() {
        return design;
    }

    /** @return the clarifying field: an input, bound both ways */
    public StringProperty clarifyingProperty() {
        return clarifying;
    }

    /** @return the probes field: an input, bound both ways */
    public StringProperty probesProperty() {
        return probes;
    }

    /** @return the design signals field: an input, bound both ways */
    public StringProperty designSignalsProperty() {
        return designSignals;
    }

    /** @return the outline components field: an input, bound both ways */
    public StringProperty outlineComponentsProperty() {
        return outlineComponents;
    }

    /** @return the outline estimates field: an input, bound both ways */
    public StringProperty outlineEstimatesProperty() {
        return outlineEstimates;
    }

    /** @return the outline tradeoffs field: an input, bound both ways */
    public StringProperty outlineTradeoffsProperty() {
        return outlineTradeoffs;
    }

    /** @return the outline sources field: an input, bound both ways */
    public StringProperty outlineSourcesProperty() {
        return outlineSources;
    }
}
