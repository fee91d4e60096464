package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.LabelExtent;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The pad's editing actions on the selection: delete, duplicate, copy, cut and paste
 * (within the pad), select all, z-order, nudge, restyle, arrowheads, and label editing.
 * Each action that changes the sketch is one undo step.
 */
public final class PadEditing {

    /** How far a duplicate or paste lands from its original, px. */
    public static final double COPY_OFFSET_PX = 16;

    private final SketchPadModel model;
    private final StringProperty labelText = new SimpleStringProperty(this, "labelText", "");
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private List<Element> clipboard = List.of();
    private int pastes;

    PadEditing(SketchPadModel model) {
        this.model = model;
    }

    /** Removes the selected elements. */
    public void deleteSelection() {
        model.sketch().remove(List.copyOf(model.selection()));
    }

    /** Copies the selection beside itself and selects the copies. */
    public void duplicate() {
        List<Element> copies = model.sketch().addAll(offset(model.selectedElements(), COPY_OFFSET_PX));
        model.select(copies.stream().map(Element::id).toList());
    }

    /** Puts the selection on the pad's clipboard. */
    public void copy() {
        if (!model.selection().isEmpty()) {
            clipboard = model.selectedElements();
            pastes = 0;
            canPaste.set(true);
        }
    }

    /** Copies the selection, then deletes it. */
    public void cut() {
        copy();
        deleteSelection();
        pastes = -1;
    }

    /** Adds the clipboard's elements, a little further off each time, and selects them. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pastes++;
        List<Element> copies = model.sketch().addAll(offset(clipboard, COPY_OFFSET_PX * pastes));
        model.select(copies.stream().map(Element::id).toList());
    }

    /** @return whether the clipboard holds anything */
    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    /** Selects every element. */
    public void selectAll() {
        model.select(model.sketch().elements().stream().map(Element::id).toList());
    }

    /** Selects nothing. */
    public void clearSelection() {
        model.select(List.of());
    }

    /** Puts the selection on top of everything. */
    public void bringToFront() {
        model.sketch().bringToFront(List.copyOf(model.selection()));
    }

    /** Puts the selection below everything. */
    public void sendToBack() {
        model.sketch().sendToBack(List.copyOf(model.selection()));
    }

    /** Moves the selection by (dx, dy) px. */
    public void nudge(double dx, double dy) {
        model.sketch().move(List.copyOf(model.selection()), dx, dy);
    }

    /** Sets the arrowheads of the selected lines and arrows. */
    public void setArrowheads(Arrowheads heads) {
        List<Element> changed = new ArrayList<>();
        for (Element e : model.selectedElements()) {
            if (e instanceof Connector c) {
                changed.add(c.withHeads(heads));
            }
        }
        if (!changed.isEmpty()) {
            model.sketch().update(changed);
        }
    }

    void restyleSelection(PadStyle.Part what) {
        String color = model.style().colorProperty().get();
        double width = model.style().penWidthProperty().get();
        String fill = model.style().fillProperty().get();
        List<Element> changed = new ArrayList<>();
        for (Element e : model.selectedElements()) {
            Element next = e;
            if (e instanceof Stroke s && what != PadStyle.Part.FILL) {
                next = what == PadStyle.Part.COLOR ? s.withPen(color, s.width()) : s.withPen(s.color(), width);
            } else if (e instanceof Shape s && (what == PadStyle.Part.COLOR || s.kind() != ShapeKind.TEXT)) {
                next = s.withStyle(switch (what) {
                    case COLOR -> s.style().withStroke(color);
                    case WIDTH -> s.style().withWidth(width);
                    case FILL -> s.style().withFill(fill);
                });
            } else if (e instanceof Connector c && what != PadStyle.Part.FILL) {
                next = c.withStyle(what == PadStyle.Part.COLOR ? c.style().withStroke(color) : c.style().withWidth(width));
            }
            if (!next.equals(e)) {
                changed.add(next);
            }
        }
        if (!changed.isEmpty()) {
            model.sketch().update(changed);
        }
    }

    // ----- labels

    /** @return the text in the label editor; the editor binds to it */
    public StringProperty labelTextProperty() {
        return labelText;
    }

    /** Opens the label editor on the one selected shape or connector (Enter). */
    public void editSelectedLabel() {
        List<Element> selected = model.selectedElements();
        if (selected.size() == 1 && !(selected.get(0) instanceof Stroke)) {
            editLabel(selected.get(0).id());
        }
    }

    /** Opens the label editor on a shape or connector. */
    public void editLabel(long id) {
        Optional<Element> e = model.sketch().find(id);
        if (e.isEmpty() || e.get() instanceof Stroke) {
            return;
        }
        double size = e.get() instanceof Shape s ? s.fontSize() : Connector.LABEL_FONT_SIZE;
        labelText.set(e.get().label());
        model.setLabelEdit(new LabelEdit(id, 0, 0, e.get().label(), size));
    }

    /** Opens the label editor for a new text label whose first line is centred on (x, y). */
    void startText(double x, double y) {
        double size = Shape.TEXT_FONT_SIZE;
        labelText.set("");
        model.setLabelEdit(new LabelEdit(0, x, y - size * LabelExtent.LINE_HEIGHT / 2, "", size));
    }

    /** Saves what the label editor holds, as one undo step; an emptied text label is removed. */
    public void commitLabel() {
        LabelEdit edit = model.labelEditProperty().get();
        if (edit == null) {
            return;
        }
        model.setLabelEdit(null);
        String text = labelText.get().strip();
        if (edit.elementId() == 0) {
            if (!text.isEmpty()) {
                double[] size = model.measurer().measure(text, edit.fontSize());
                Shape added = model.sketch().add(Shape.text(Bounds.ofSize(edit.x(), edit.y(), size[0], size[1]),
                        text, model.style().colorProperty().get(), edit.fontSize()));
                Gestures.selectNew(model, added);
            }
            return;
        }
        Optional<Element> found = model.sketch().find(edit.elementId());
        if (found.isEmpty() || found.get().label().equals(text)) {
            return;
        }
        Element e = found.get();
        if (e instanceof Shape s && s.kind() == ShapeKind.TEXT) {
            if (text.isEmpty()) {
                model.sketch().remove(List.of(s.id()));
                return;
            }
            double[] size = model.measurer().measure(text, s.fontSize());
            model.sketch().update(s.withLabel(text).withBox(Bounds.ofSize(s.box().minX(), s.box().minY(),
                    size[0], size[1])));
        } else if (e instanceof Shape s) {
            model.sketch().update(s.withLabel(text));
        } else if (e instanceof Connector c) {
            model.sketch().update(c.withLabel(text));
        }
    }

    /** Closes the label editor without saving. */
    public void cancelLabel() {
        model.setLabelEdit(null);
    }

    void commitLabelIfOpen() {
        if (model.labelEditProperty().get() != null) {
            commitLabel();
        }
    }

    private static List<Element> offset(List<Element> elements, double by) {
        return elements.stream().map(e -> e.translated(by, by)).toList();
    }
}
