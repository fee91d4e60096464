package dev.mockloop.ui.session;

import dev.mockloop.pack.Phase;
import dev.mockloop.session.ScheduledProbe;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The interviewer's probes over the whiteboard: a card per probe that came due, each
 * dismissed with "Answered", and below them the probes missed because the round left
 * their phase first. The dock is dragged by its header ({@code #probe-dock-handle}) and
 * collapsed to that header ({@code #probe-dock-collapse}); a new card opens it again. It
 * lives on {@link dev.mockloop.ui.sketch.SketchPad#overlay()}, so it never covers the
 * pad's toolbars, stencils or zoom bar, and it stays inside the board when the window
 * shrinks.
 */
final class ProbeDock extends Region {

    /** Widest the dock is, and its distance from the board's edges, in px. */
    static final double WIDTH_PX = 340;
    static final double MARGIN_PX = 12;

    private final VBox dock = new VBox();
    private final VBox cards = new VBox(8);
    private final VBox missed = new VBox(4);
    private final ScrollPane body;
    private final VBox content;
    private final Label count = new Label();
    private final Button collapse = new Button();
    private boolean collapsed;
    /** Where the dock sits: its right edge's distance from the board's right edge, and its top's from the top, px. */
    private double fromRight = MARGIN_PX;
    private double fromTop = MARGIN_PX;
    private double dragX;
    private double dragY;

    ProbeDock(SessionViewModel model, List<Phase> phases) {
        setPickOnBounds(false);
        setManaged(false);
        dock.setId("probe-dock");
        dock.getStyleClass().add("probe-dock");

        Label title = new Label("The interviewer", new FontIcon(MaterialDesignD.DRAG));
        title.getStyleClass().add("probe-dock-title");
        count.setId("probe-dock-count");
        count.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        collapse.setId("probe-dock-collapse");
        collapse.getStyleClass().addAll("flat", "button-icon");
        collapse.setFocusTraversable(false);
        collapse.setOnAction(e -> setCollapsed(!collapsed));
        HBox handle = new HBox(8, title, count, spacer, collapse);
        handle.setId("probe-dock-handle");
        handle.getStyleClass().add("probe-dock-handle");
        handle.setAlignment(Pos.CENTER_LEFT);
        handle.setPadding(new Insets(4, 4, 4, 10));
        handle.setCursor(Cursor.MOVE);
        handle.setOnMousePressed(e -> {
            dragX = e.getScreenX();
            dragY = e.getScreenY();
            e.consume();
        });
        handle.setOnMouseDragged(e -> {
            moveBy(e.getScreenX() - dragX, e.getScreenY() - dragY);
            dragX = e.getScreenX();
            dragY = e.getScreenY();
            e.consume();
        });
        Tooltip.install(handle, new Tooltip("Drag to move the probes; the arrow folds them away"));

        cards.setId("probe-cards");
        missed.setId("probe-missed");
        missed.getStyleClass().add("probe-missed");
        content = new VBox(10, cards, missed);
        content.setPadding(new Insets(8, 10, 10, 10));
        body = new ScrollPane(content);
        body.setFitToWidth(true);
        body.getStyleClass().add("probe-dock-body");
        body.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        dock.getChildren().addAll(handle, body);
        getChildren().add(dock);

        model.probeCards().addListener((ListChangeListener<ScheduledProbe>) change -> {
            boolean added = false;
            while (change.next()) {
                added |= change.wasAdded();
            }
            cards.getChildren().setAll(model.probeCards().stream().map(p -> card(p, model)).toList());
            if (added) {
                setCollapsed(false);
            }
            refresh(model);
        });
        model.missedProbes().addListener((ListChangeListener<ScheduledProbe>) change -> {
            missed.getChildren().setAll(missedList(model.missedProbes(), phases));
            refresh(model);
        });
        setCollapsed(false);
        refresh(model);
    }

    /** @return whether the dock shows only its header */
    boolean isCollapsed() {
        return collapsed;
    }

    /** Moves the dock by this much, in px; it stays inside the board. */
    void moveBy(double dx, double dy) {
        fromRight -= dx;
        fromTop += dy;
        requestLayout();
    }

    private void setCollapsed(boolean fold) {
        collapsed = fold;
        body.setVisible(!fold);
        body.setManaged(!fold);
        collapse.setGraphic(new FontIcon(fold ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_UP));
        collapse.setAccessibleText(fold ? "Show the probes" : "Fold the probes away");
        collapse.setTooltip(new Tooltip(collapse.getAccessibleText()));
        requestLayout();
    }

    private void refresh(SessionViewModel model) {
        int waiting = model.probeCards().size();
        int lost = model.missedProbes().size();
        dock.setVisible(waiting + lost > 0);
        String text = waiting == 0 ? "" : waiting + " waiting";
        if (lost > 0) {
            text += (text.isEmpty() ? "" : ", ") + lost + " missed";
        }
        count.setText(text);
        missed.setVisible(lost > 0);
        missed.setManaged(lost > 0);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, Math.min(WIDTH_PX, getWidth() - 2 * MARGIN_PX));
        // The scroll pane asks for its content's height at the dock's width, wrapped lines and all.
        body.setPrefViewportHeight(content.prefHeight(w - 2));
        double h = Math.max(0, Math.min(dock.prefHeight(w), getHeight() - 2 * MARGIN_PX));
        fromRight = clamp(fromRight, MARGIN_PX, getWidth() - w - MARGIN_PX);
        fromTop = clamp(fromTop, MARGIN_PX, getHeight() - h - MARGIN_PX);
        dock.resizeRelocate(snapPositionX(getWidth() - fromRight - w), snapPositionY(fromTop), w, h);
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }

    private static VBox card(ScheduledProbe probe, SessionViewModel model) {
        Label who = new Label("The interviewer pushes:");
        who.getStyleClass().addAll("text-caption", "text-muted");
        Label text = new Label(probe.text());
        text.setWrapText(true);
        text.getStyleClass().add("probe-text");
        Button answered = new Button("Answered");
        answered.setId("probe-ack-" + probe.index());
        answered.getStyleClass().add("accent");
        answered.setOnAction(e -> model.acknowledge(probe));
        VBox card = new VBox(6, who, text, answered);
        card.getStyleClass().add("probe-card");
        card.setPadding(new Insets(10));
        return card;
    }

    private static List<javafx.scene.Node> missedList(List<ScheduledProbe> probes, List<Phase> phases) {
        if (probes.isEmpty()) {
            return List.of();
        }
        Label heading = new Label("Missed: their phase ended before they came up");
        heading.getStyleClass().addAll("text-caption", "text-muted");
        heading.setWrapText(true);
        java.util.ArrayList<javafx.scene.Node> rows = new java.util.ArrayList<>();
        rows.add(heading);
        for (ScheduledProbe probe : probes) {
            String phase = probe.phaseIndex() < phases.size() ? phases.get(probe.phaseIndex()).title() : "";
            Label row = new Label("\u201c" + probe.text() + "\u201d (" + phase + ")");
            row.setId("probe-missed-" + probe.index());
            row.setWrapText(true);
            row.getStyleClass().add("probe-missed-text");
            rows.add(row);
        }
        return rows;
    }
}
