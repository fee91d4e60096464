package dev.mockloop.sketch;

import java.util.Locale;

/** Which ends of a {@link Connector} carry an arrowhead. Names in JSON are lower case. */
public enum Arrowheads {
    /** A plain line. */
    NONE,
    /** An arrow pointing at the end point. */
    END,
    /** Heads at both ends. */
    BOTH;

    /** @return the name used in JSON, e.g. {@code end} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
