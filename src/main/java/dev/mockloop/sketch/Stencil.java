package dev.mockloop.sketch;

import java.util.Locale;

/**
 * The system-design palette: each stencil is a labelled {@link Shape} of a given outline,
 * fill and size, with a small glyph in its corner. Names in JSON are lower case.
 */
public enum Stencil {
    /** A user's device or browser. */
    CLIENT("Client", ShapeKind.ROUNDED_BOX, "#dbeafe", 120, 56),
    /** Spreads requests over instances. */
    LOAD_BALANCER("Load balancer", ShapeKind.ROUNDED_BOX, "#ede9fe", 150, 56),
    /** An application service. */
    SERVICE("Service", ShapeKind.RECTANGLE, "#dcfce7", 130, 64),
    /** A database. */
    DATABASE("Database", ShapeKind.CYLINDER, "#fef3c7", 110, 84),
    /** An in-memory cache. */
    CACHE("Cache", ShapeKind.ROUNDED_BOX, "#fee2e2", 110, 56),
    /** A message queue or log. */
    QUEUE("Queue", ShapeKind.RECTANGLE, "#e0f2fe", 150, 52),
    /** A content delivery network. */
    CDN("CDN", ShapeKind.ELLIPSE, "#f3e8ff", 120, 64),
    /** Blob or object storage. */
    OBJECT_STORE("Object store", ShapeKind.CYLINDER, "#ffedd5", 130, 80);

    private final String title;
    private final ShapeKind kind;
    private final String fill;
    private final double width;
    private final double height;

    Stencil(String title, ShapeKind kind, String fill, double width, double height) {
        this.title = title;
        this.kind = kind;
        this.fill = fill;
        this.width = width;
        this.height = height;
    }

    /** @return the default label and the palette's name for it, e.g. "Load balancer" */
    public String title() {
        return title;
    }

    /** @return the outline it is drawn with */
    public ShapeKind kind() {
        return kind;
    }

    /** @return its default fill, {@code #rrggbb} */
    public String fill() {
        return fill;
    }

    /** @return default width, px */
    public double width() {
        return width;
    }

    /** @return default height, px */
    public double height() {
        return height;
    }

    /** @return the name used in JSON, e.g. {@code load_balancer} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A shape template (id 0) for this stencil centred on a point, ready for
     * {@link Sketch#add(Element)}.
     *
     * @param centerX centre, px
     * @param centerY centre, px
     * @param stroke  outline and label colour, {@code #rrggbb}
     */
    public Shape template(double centerX, double centerY, String stroke) {
        Bounds box = Bounds.ofSize(centerX - width / 2, centerY - height / 2, width, height);
        return new Shape(0, kind, box, new Style(stroke, 2, fill), title, Shape.DEFAULT_FONT_SIZE, this);
    }
}
