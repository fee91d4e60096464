package dev.mockloop.ui.sketch;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Children top to bottom in cells of one size (the largest child's), starting another
 * column when the height runs out: a tool rail that grows wider on a short window instead
 * of hiding tools behind an overflow button. Its preferred width depends on the height it
 * is given.
 */
class ColumnFlow extends Pane {

    private final double gap;
    private int laidOutColumns = 1;

    /** @param gap space between cells, in px */
    ColumnFlow(double gap) {
        this.gap = gap;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    /**
     * @param height the height to fill, in px, or -1 for the height last laid out
     * @return how many columns the children need at that height, at least 1
     */
    int columns(double height) {
        List<Node> cells = getManagedChildren();
        double h = height > 0 ? height : getHeight();
        if (cells.isEmpty() || h <= 0) {
            return 1;
        }
        Insets in = getInsets();
        double inner = h - in.getTop() - in.getBottom();
        int perColumn = Math.max(1, (int) Math.floor((inner + gap) / (cellHeight() + gap)));
        return (cells.size() + perColumn - 1) / perColumn;
    }

    @Override
    protected double computePrefWidth(double height) {
        int columns = columns(height);
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + columns * cellWidth() + (columns - 1) * gap;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = getManagedChildren().size();
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + n * cellHeight() + Math.max(0, n - 1) * gap;
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + cellHeight();
    }

    @Override
    protected void layoutChildren() {
        List<Node> cells = getManagedChildren();
        int columns = columns(getHeight());
        int perColumn = Math.max(1, (cells.size() + columns - 1) / columns);
        Insets in = getInsets();
        double w = cellWidth();
        double h = cellHeight();
        for (int i = 0; i < cells.size(); i++) {
            int column = i / perColumn;
            int row = i % perColumn;
            cells.get(i).resizeRelocate(snapPositionX(in.getLeft() + column * (w + gap)),
                    snapPositionY(in.getTop() + row * (h + gap)), w, h);
        }
        if (columns != laidOutColumns) {
            // A parent that asked for the width before the height was known gets asked again.
            laidOutColumns = columns;
            Platform.runLater(this::requestLayout);
        }
    }

    private double cellWidth() {
        double max = 0;
        for (Node n : getManagedChildren()) {
            max = Math.max(max, n.prefWidth(-1));
        }
        return snapSizeX(max);
    }

    private double cellHeight() {
        double max = 0;
        for (Node n : getManagedChildren()) {
            max = Math.max(max, n.prefHeight(-1));
        }
        return snapSizeY(max);
    }
}
