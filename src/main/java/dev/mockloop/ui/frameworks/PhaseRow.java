package dev.mockloop.ui.frameworks;

import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable phase of the framework editor; minutes are whole minutes, 1 to 90. */
public final class PhaseRow {

    private final StringProperty title = new SimpleStringProperty("");
    private final IntegerProperty minutes = new SimpleIntegerProperty(5);
    private final StringProperty guide = new SimpleStringProperty("");
    private final ObjectProperty<PromptKind> prompt = new SimpleObjectProperty<>(PromptKind.DESIGN);

    public PhaseRow(String title, int minutes, String guide, PromptKind prompt) {
        this.title.set(title);
        this.minutes.set(minutes);
        this.guide.set(guide);
        this.prompt.set(prompt);
    }

    static PhaseRow of(Phase phase) {
        return new PhaseRow(phase.title(), (int) Math.max(1, Math.round(phase.minutes())), phase.guide(), phase.prompt());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public StringProperty guideProperty() {
        return guide;
    }

    public ObjectProperty<PromptKind> promptProperty() {
        return prompt;
    }
}
