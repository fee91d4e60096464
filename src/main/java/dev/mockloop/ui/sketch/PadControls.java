package dev.mockloop.ui.sketch;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/** Small helpers the pad's toolbars share: flat icon buttons, and toggle groups that always keep one on. */
final class PadControls {

    private PadControls() {
    }

    static void decorate(ButtonBase button, String id, String tip) {
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setFocusTraversable(false);
    }

    /** A click on the selected toggle would leave none selected; keep it selected instead. */
    static void keepOneSelected(ToggleGroup group) {
        keepOneSelected(group, () -> false);
    }

    /**
     * Like {@link #keepOneSelected(ToggleGroup)}, but lets the group go empty while
     * {@code noneAllowed} says so (the model picked something the group has no toggle for).
     */
    static void keepOneSelected(ToggleGroup group, java.util.function.BooleanSupplier noneAllowed) {
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null && !noneAllowed.getAsBoolean()) {
                group.selectToggle(was);
            }
        });
    }

    /** Selects the toggle whose user data equals {@code userData}, or none. */
    static void select(ToggleGroup group, Object userData) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData().equals(userData)) {
                group.selectToggle(toggle);
                return;
            }
        }
        group.selectToggle(null);
    }
}
