package dev.mockloop.coach;

/**
 * A text on the candidate's whiteboard: a shape's or arrow's label, or a text element.
 *
 * @param elementId the sketch element's id ({@code dev.mockloop.sketch.Element#id()})
 * @param text      the label; line breaks inside it are kept
 */
public record BoardText(long elementId, String text) {
}
