package dev.mockloop.ui.sketch;

import atlantafx.base.theme.Styles;
import dev.mockloop.sketch.Stencil;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The system-design palette along the pad's bottom: one button per {@link Stencil}
 * ({@code #stencil-client} ... {@code #stencil-object-store}); pressing one arms it, and the
 * next click on the board places it, labelled. A status line at the right end reports exports.
 * On a pad too narrow for every name in one row, the buttons show their icons only (the
 * name stays in the tooltip and the accessible text), so the board keeps its height.
 */
final class StencilStrip extends FlowPane {

    private static final Map<Stencil, Ikon> ICONS = Map.of(
            Stencil.CLIENT, MaterialDesignM.MONITOR,
            Stencil.LOAD_BALANCER, MaterialDesignS.SITEMAP_OUTLINE,
            Stencil.SERVICE, MaterialDesignC.COGS,
            Stencil.DATABASE, MaterialDesignD.DATABASE,
            Stencil.CACHE, MaterialDesignL.LIGHTNING_BOLT_OUTLINE,
            Stencil.QUEUE, MaterialDesignT.TRAY_FULL,
            Stencil.CDN, MaterialDesignW.WEB,
            Stencil.OBJECT_STORE, MaterialDesignB.BUCKET_OUTLINE);

    private final ToggleGroup group = new ToggleGroup();
    private final Label status = new Label();
    private final java.util.List<ToggleButton> buttons = new java.util.ArrayList<>();
    private boolean compact;

    StencilStrip(SketchPadModel model) {
        super(2, 2);
        getStyleClass().add("sketch-stencils");
        setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        for (Stencil stencil : Stencil.values()) {
            ToggleButton button = new ToggleButton(stencil.title(), new FontIcon(ICONS.get(stencil)));
            button.setUserData(stencil);
            button.setToggleGroup(group);
            button.setId("stencil-" + stencil.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(stencil.title() + ": click on the board to place one"));
            button.setAccessibleText("Place a " + stencil.title().toLowerCase(Locale.ROOT));
            buttons.add(button);
            button.setOnAction(e -> {
                if (button.isSelected()) {
                    model.armStencil(stencil);
                } else {
                    model.toolProperty().set(SketchTool.SELECT);
                }
            });
            getChildren().add(button);
        }
        model.toolProperty().addListener((o, was, now) -> sync(model));
        model.stencilProperty().addListener((o, was, now) -> sync(model));
        status.setId("sketch-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        getChildren().add(status);
    }

    /** @return whether the buttons show their icons only, the pad being too narrow for their names */
    boolean isCompact() {
        return compact;
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - getInsets().getLeft() - getInsets().getRight();
        boolean fold = namedWidth() > room;
        if (fold != compact && room > 0) {
            compact = fold;
            javafx.scene.control.ContentDisplay display = fold ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT;
            buttons.forEach(b -> b.setContentDisplay(display));
            // The buttons' sizes change with it; lay out again once they have.
            javafx.application.Platform.runLater(this::requestLayout);
        }
        super.layoutChildren();
    }

    /** @return the row's width with every name shown, px, whichever way the buttons show now */
    private double namedWidth() {
        double sum = getHgap() * (buttons.size() - 1);
        for (ToggleButton b : buttons) {
            if (b.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                javafx.scene.text.Text name = new javafx.scene.text.Text(b.getText());
                name.setFont(b.getFont());
                sum += b.prefWidth(-1) + b.getGraphicTextGap() + Math.ceil(name.getLayoutBounds().getWidth());
            } else {
                sum += b.prefWidth(-1);
            }
        }
        return sum;
    }

    /** Shows a short message at the strip's end, e.g. where an export went. */
    void setStatus(String text) {
        status.setText(text);
    }

    private void sync(SketchPadModel model) {
        if (model.toolProperty().get() == SketchTool.STENCIL) {
            PadControls.select(group, model.stencilProperty().get());
        } else {
            group.selectToggle(null);
        }
    }
}
