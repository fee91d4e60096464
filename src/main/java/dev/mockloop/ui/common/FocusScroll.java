package dev.mockloop.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a long form in view: when focus moves (Tab, or a
 * click) to a node inside the scroll pane that is outside its viewport, the pane
 * scrolls just enough to show it. JavaFX's ScrollPane does not do this by itself.
 */
public final class FocusScroll {

    private static final double MARGIN_PX = 12;

    private FocusScroll() {
    }

    /** Makes {@code scroll} follow focus while it is in a scene. */
    public static void follow(ScrollPane scroll) {
        ChangeListener<Node> onFocus = (obs, was, now) -> reveal(scroll, now);
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(onFocus);
        }
    }

    /** Scrolls vertically so {@code node} is inside the viewport, if it is in the pane's content. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        double extra = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra <= 0) {
            return;
        }
        Bounds box = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * extra;
        double viewport = scroll.getViewportBounds().getHeight();
        if (box.getMinY() < top) {
            top = box.getMinY() - MARGIN_PX;
        } else if (box.getMaxY() > top + viewport) {
            top = box.getMaxY() - viewport + MARGIN_PX;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / extra)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
