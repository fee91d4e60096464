package dev.mockloop.ui.common;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Display-only choice boxes: items shown by a text function, never parsed back. */
public final class Choices {

    private Choices() {
    }

    /** @return a converter that shows each item as {@code text} gives it, and an empty value as "" */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }

    /**
     * A filter box: empty means "all", and the prompt (e.g. "All packs") shows again when the
     * value is cleared, which JavaFX's own button cell does not do.
     */
    public static <T> ComboBox<T> filter(String id, String prompt, ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setConverter(showing(text));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : text.apply(item));
            }
        });
        return box;
    }
}
