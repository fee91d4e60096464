package dev.mockloop.sketch;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo and redo stacks of one sketch, without limit. Recording a new edit clears redo.
 * While a group is open, recorded edits collect into one {@link Edits.Compound}.
 */
final class EditHistory {

    private final Deque<SketchEdit> done = new ArrayDeque<>();
    private final Deque<SketchEdit> undone = new ArrayDeque<>();
    private Edits.Compound openGroup;

    /** Records an edit that has already been applied. */
    void record(SketchEdit edit) {
        if (openGroup != null) {
            openGroup.add(edit);
        } else {
            done.push(edit);
        }
        undone.clear();
    }

    void beginGroup() {
        endGroup();
        openGroup = new Edits.Compound();
    }

    void endGroup() {
        if (openGroup != null && !openGroup.isEmpty()) {
            done.push(openGroup);
        }
        openGroup = null;
    }

    boolean canUndo() {
        return !done.isEmpty() || (openGroup != null && !openGroup.isEmpty());
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Reverts the last edit (or group) in {@code doc}. @return whether there was one */
    boolean undo(Document doc) {
        if (!canUndo()) {
            return false;
        }
        popUndo().revert(doc);
        return true;
    }

    /** Re-applies the last undone edit (or group) to {@code doc}. @return whether there was one */
    boolean redo(Document doc) {
        if (!canRedo()) {
            return false;
        }
        popRedo().apply(doc);
        return true;
    }

    /** @return the edit to revert, now on the redo stack; the caller reverts it */
    SketchEdit popUndo() {
        endGroup();
        SketchEdit edit = done.pop();
        undone.push(edit);
        return edit;
    }

    /** @return the edit to re-apply, now on the undo stack; the caller applies it */
    SketchEdit popRedo() {
        endGroup();
        SketchEdit edit = undone.pop();
        done.push(edit);
        return edit;
    }
}
