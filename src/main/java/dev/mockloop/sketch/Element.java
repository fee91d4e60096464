package dev.mockloop.sketch;

/**
 * One thing on the whiteboard: a freehand {@link Stroke}, a {@link Shape} (box, ellipse,
 * cylinder, text, stencil) or a {@link Connector} (line or arrow). Elements are immutable
 * values in sketch coordinates (px); every change makes a new element with the same id.
 */
public sealed interface Element permits Stroke, Shape, Connector {

    /** @return the element's id, unique within its sketch, never reused; 0 on a template not yet added */
    long id();

    /**
     * The box its ink covers, px: outlines grown by half their width, arrowheads, and an
     * estimate of its label's extent, so redrawing this box repaints all of it.
     */
    Bounds bounds();

    /**
     * The box a selection outline is drawn around, px: a shape's box, a connector's end
     * points, a stroke's vertices; unlike {@link #bounds()} it leaves out line width and labels.
     */
    Bounds frame();

    /** @return a copy with another id */
    Element withId(long id);

    /** @return a copy moved by (dx, dy) px */
    Element translated(double dx, double dy);

    /** @return the text shown on or by the element, "" for none */
    String label();
}
