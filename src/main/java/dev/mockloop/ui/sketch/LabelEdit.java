package dev.mockloop.ui.sketch;

/**
 * A label being typed: on an existing shape or connector, or a new free text label.
 *
 * @param elementId the element whose label it is; 0 for a new text label
 * @param x         for a new text: its top-left, sketch px; else unused
 * @param y         for a new text: its top-left, sketch px; else unused
 * @param text      the text the editor starts with
 * @param fontSize  the label's font size, sketch px
 */
public record LabelEdit(long elementId, double x, double y, String text, double fontSize) {
}
