package dev.mockloop.sketch;

import java.util.Locale;

/** The outline of a {@link Shape}. Names in JSON are the lower-case constant names. */
public enum ShapeKind {
    /** A sharp-cornered box. */
    RECTANGLE,
    /** A box with rounded corners. */
    ROUNDED_BOX,
    /** An ellipse filling the box. */
    ELLIPSE,
    /** A cylinder standing up, the usual sign for a database. */
    CYLINDER,
    /** No outline: only the label, left-aligned; a free text label. */
    TEXT;

    /** @return the name used in JSON, e.g. {@code rounded_box} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
