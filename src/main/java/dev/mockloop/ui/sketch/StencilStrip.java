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
            button.setTooltip(new Tooltip("Place a " + stencil.title().toLowerCase(Locale.ROOT)
                    + ": click on the board"));
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
