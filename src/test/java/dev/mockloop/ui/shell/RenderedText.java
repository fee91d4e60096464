package dev.mockloop.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Checks what a person sees of a control: its text as drawn (the skin's Text node) against
 * the text it was given, and its bounds against the window and every ancestor's. Run on
 * the FX thread after a layout pass.
 */
final class RenderedText {

    private RenderedText() {
    }

    /**
     * @return why {@code labeled} is not fully readable (text cut to "…", drawn wider than
     *         the control, the control outside the window or cut off by a parent), or an
     *         empty list
     */
    static List<String> problems(Labeled labeled) {
        List<String> problems = new ArrayList<>();
        String name = describe(labeled);
        String given = labeled.getText();
        if (given != null && !given.isEmpty() && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            Text drawn = drawnText(labeled);
            if (drawn == null) {
                problems.add(name + ": no text drawn");
            } else {
                if (!given.equals(drawn.getText())) {
                    problems.add(name + ": drawn as \"" + drawn.getText() + "\"");
                }
                Bounds text = labeled.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
                if (text.getMinX() < -0.5 || text.getMaxX() > labeled.getWidth() + 0.5
                        || text.getMinY() < -0.5 || text.getMaxY() > labeled.getHeight() + 0.5) {
                    problems.add(name + ": text " + size(text) + " overflows the control " + labeled.getWidth()
                            + " x " + labeled.getHeight());
                }
            }
        }
        problems.addAll(outside(labeled));
        return problems;
    }

    /** @return why {@code node} is not wholly inside the window and each of its ancestors, or nothing */
    static List<String> outside(Node node) {
        List<String> problems = new ArrayList<>();
        Bounds own = node.localToScene(node.getLayoutBounds());
        double w = node.getScene().getWidth();
        double h = node.getScene().getHeight();
        if (own.getMinX() < -0.5 || own.getMinY() < -0.5 || own.getMaxX() > w + 0.5 || own.getMaxY() > h + 0.5) {
            problems.add(describe(node) + " at " + size(own) + " is outside the " + w + " x " + h + " window");
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null && !(p instanceof javafx.scene.control.ScrollPane)
                    && !(p instanceof javafx.scene.control.SplitPane)) {
                continue;
            }
            Bounds clip = p.localToScene(p.getLayoutBounds());
            if (own.getMinX() < clip.getMinX() - 0.5 || own.getMaxX() > clip.getMaxX() + 0.5
                    || own.getMinY() < clip.getMinY() - 0.5 || own.getMaxY() > clip.getMaxY() + 0.5) {
                problems.add(describe(node) + " at " + size(own) + " is cut off by " + describe(p) + " at "
                        + size(clip));
            }
        }
        return problems;
    }

    /** @return the Text node the skin draws the label's text with, or null */
    static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText (style class "text"), not an icon font's glyph, which is a Text too.
            if (child instanceof Text text && child.isVisible() && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    /** @return the width of the drawn text over the width of the control, e.g. 0.8 */
    static double fill(Labeled labeled) {
        Text text = drawnText(labeled);
        return text == null ? 0 : text.getLayoutBounds().getWidth() / labeled.getWidth();
    }

    static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        String tip = node instanceof javafx.scene.control.Control c && c.getTooltip() != null && text.isEmpty()
                ? " (" + c.getTooltip().getText() + ")" : "";
        return node.getClass().getSimpleName() + id + text + tip;
    }

    private static String size(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
