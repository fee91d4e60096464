package dev.mockloop.ui.sketch;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The tools, one toggle each, down the pad's left side; ids {@code #tool-select},
 * {@code #tool-pen}, {@code #tool-line}, {@code #tool-arrow}, {@code #tool-rectangle},
 * {@code #tool-rounded-box}, {@code #tool-ellipse}, {@code #tool-cylinder},
 * {@code #tool-text}, {@code #tool-eraser}. Tooltips name the key that picks each. On a
 * window too short for one column the tools take two, never an overflow menu.
 */
final class ToolRail extends ColumnFlow {

    private final ToggleGroup group = new ToggleGroup();

    ToolRail(SketchPadModel model) {
        super(2);
        getStyleClass().add("sketch-tool-rail");
        setPadding(new javafx.geometry.Insets(6, 4, 6, 4));
        Map<SketchTool, Object[]> tools = new LinkedHashMap<>();
        tools.put(SketchTool.SELECT, new Object[] {MaterialDesignC.CURSOR_DEFAULT_OUTLINE, "Select, move and resize"});
        tools.put(SketchTool.PEN, new Object[] {MaterialDesignP.PENCIL, "Pen"});
        tools.put(SketchTool.LINE, new Object[] {MaterialDesignV.VECTOR_LINE, "Line"});
        tools.put(SketchTool.ARROW, new Object[] {MaterialDesignA.ARROW_TOP_RIGHT, "Arrow: start or end on a shape to attach"});
        tools.put(SketchTool.RECTANGLE, new Object[] {MaterialDesignR.RECTANGLE_OUTLINE, "Rectangle"});
        tools.put(SketchTool.ROUNDED_BOX, new Object[] {MaterialDesignS.SQUARE_ROUNDED_OUTLINE, "Rounded box"});
        tools.put(SketchTool.ELLIPSE, new Object[] {MaterialDesignE.ELLIPSE_OUTLINE, "Ellipse"});
        tools.put(SketchTool.CYLINDER, new Object[] {MaterialDesignD.DATABASE_OUTLINE, "Cylinder (database)"});
        tools.put(SketchTool.TEXT, new Object[] {MaterialDesignF.FORMAT_TEXT, "Text"});
        tools.put(SketchTool.ERASER, new Object[] {MaterialDesignE.ERASER, "Eraser: removes whole elements"});
        for (Map.Entry<SketchTool, Object[]> t : tools.entrySet()) {
            getChildren().add(button(t.getKey(), (Ikon) t.getValue()[0], (String) t.getValue()[1]));
        }
        PadControls.keepOneSelected(group, () -> !tools.containsKey(model.toolProperty().get()));
        PadControls.select(group, model.toolProperty().get());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.toolProperty().set((SketchTool) now.getUserData());
            }
        });
        model.toolProperty().addListener((o, was, now) -> PadControls.select(group, now));
    }

    private ToggleButton button(SketchTool tool, Ikon icon, String name) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setUserData(tool);
        button.setToggleGroup(group);
        String id = "tool-" + tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String key = SketchShortcuts.keyFor(tool);
        PadControls.decorate(button, id, key.isEmpty() ? name : name + " (" + key + ")");
        return button;
    }
}
