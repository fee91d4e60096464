package dev.mockloop.ui.welcome;

import java.util.List;

/**
 * Every keyboard shortcut the app has, for the shortcut sheet (F1 or ?). Kept beside the
 * handlers they describe: {@code SessionShortcuts} (the round), {@code SketchPad} and
 * {@code SketchShortcuts} (the whiteboard), {@code LabelEditor}, {@code ReplayScrubber},
 * the home and history tables, and the window's own F1 / ?. "Ctrl" reads "Cmd" on macOS.
 */
public final class Shortcuts {

    /**
     * @param area  where it works, e.g. "Round"
     * @param keys  the keys as shown, e.g. "Ctrl+Enter"
     * @param what  what it does
     */
    public record Shortcut(String area, String keys, String what) {
    }

    public static final String ANYWHERE = "Anywhere";
    public static final String ROUND = "During a round";
    public static final String SKETCH = "Whiteboard (when it has focus)";
    public static final String LISTS = "Lists and replay";

    /** Every shortcut, grouped by area in sheet order. */
    public static final List<Shortcut> ALL = List.of(
            new Shortcut(ANYWHERE, "F1", "Show this sheet of shortcuts"),
            new Shortcut(ANYWHERE, "?", "Show this sheet (outside a text field)"),
            new Shortcut(ANYWHERE, "Tab / Shift+Tab", "Move between controls; Space or Enter presses the one focused"),

            new Shortcut(ROUND, "Space", "Start, pause and resume the clock (outside the whiteboard and text)"),
            new Shortcut(ROUND, "Ctrl+Right", "End this phase and start the next"),
            new Shortcut(ROUND, "Ctrl+Left", "Back to the previous phase"),
            new Shortcut(ROUND, "Ctrl+1", "Give this phase 1 more minute"),
            new Shortcut(ROUND, "Ctrl+5", "Give this phase 5 more minutes"),
            new Shortcut(ROUND, "Ctrl+Enter", "Finish the round early and score it"),
            new Shortcut(ROUND, "Ctrl+M", "Mute or unmute the cue sounds"),

            new Shortcut(SKETCH, "V", "Select tool"),
            new Shortcut(SKETCH, "P", "Pen"),
            new Shortcut(SKETCH, "L", "Line"),
            new Shortcut(SKETCH, "A", "Arrow"),
            new Shortcut(SKETCH, "R", "Rectangle"),
            new Shortcut(SKETCH, "B", "Rounded box"),
            new Shortcut(SKETCH, "O", "Ellipse"),
            new Shortcut(SKETCH, "C", "Cylinder"),
            new Shortcut(SKETCH, "T", "Text"),
            new Shortcut(SKETCH, "E", "Eraser"),
            new Shortcut(SKETCH, "G", "Grid and snapping on or off"),
            new Shortcut(SKETCH, "Ctrl+Z", "Undo"),
            new Shortcut(SKETCH, "Ctrl+Shift+Z", "Redo"),
            new Shortcut(SKETCH, "Ctrl+Y", "Redo"),
            new Shortcut(SKETCH, "Ctrl+C", "Copy the selection"),
            new Shortcut(SKETCH, "Ctrl+X", "Cut the selection"),
            new Shortcut(SKETCH, "Ctrl+V", "Paste"),
            new Shortcut(SKETCH, "Ctrl+D", "Duplicate the selection"),
            new Shortcut(SKETCH, "Ctrl+A", "Select everything"),
            new Shortcut(SKETCH, "Ctrl+]", "Bring to front"),
            new Shortcut(SKETCH, "Ctrl+[", "Send to back"),
            new Shortcut(SKETCH, "Delete / Backspace", "Delete the selection"),
            new Shortcut(SKETCH, "Arrow keys", "Nudge the selection 1 px (with Shift: 10 px)"),
            new Shortcut(SKETCH, "Enter", "Edit the selected shape's label (double click too)"),
            new Shortcut(SKETCH, "Escape", "Cancel the drawing in progress and clear the selection"),
            new Shortcut(SKETCH, "Ctrl+=", "Zoom in (also Ctrl+wheel, a pinch, or Ctrl and numpad +)"),
            new Shortcut(SKETCH, "Ctrl+-", "Zoom out"),
            new Shortcut(SKETCH, "Ctrl+0", "Zoom to 100%"),
            new Shortcut(SKETCH, "Shift+1", "Fit everything in view"),
            new Shortcut(SKETCH, "Space+drag", "Pan (also the middle button or the wheel)"),
            new Shortcut(SKETCH, "Enter (in a label)", "Finish the label; Shift+Enter starts a new line"),
            new Shortcut(SKETCH, "Escape (in a label)", "Leave the label"),

            new Shortcut(LISTS, "Enter (home list)", "Open the selected question's round"),
            new Shortcut(LISTS, "Enter (history)", "Open the selected attempt"),
            new Shortcut(LISTS, "Left / Right (replay)", "Step the sketch replay back or on"),
            new Shortcut(LISTS, "Home / End (replay)", "Jump to the replay's start or end"));

    private Shortcuts() {
    }

    /** @return the keys as this platform names them: Ctrl reads Cmd on macOS */
    public static String forPlatform(String keys, String osName) {
        return osName.toLowerCase(java.util.Locale.ROOT).startsWith("mac") ? keys.replace("Ctrl+", "Cmd+") : keys;
    }
}
