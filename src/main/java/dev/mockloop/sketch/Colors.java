package dev.mockloop.sketch;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Colour strings as the sketch stores them: {@code #rrggbb}, lower case. */
public final class Colors {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colors() {
    }

    /** @return whether {@code color} is {@code #rrggbb} (either case) */
    public static boolean isValid(String color) {
        return color != null && HEX_COLOR.matcher(color).matches();
    }

    /**
     * @param what names the value in the error, e.g. "stroke color"
     * @return the colour in lower case
     * @throws IllegalArgumentException if it is not {@code #rrggbb}
     * @throws NullPointerException     if it is null
     */
    static String check(String color, String what) {
        Objects.requireNonNull(color, what);
        if (!isValid(color)) {
            throw new IllegalArgumentException(what + " must be #rrggbb, got \"" + color + "\"");
        }
        return color.toLowerCase(Locale.ROOT);
    }

    /**
     * @return the width if it is a positive finite number of px
     * @throws IllegalArgumentException otherwise
     */
    static double checkWidth(double width, String what) {
        if (!Double.isFinite(width) || width <= 0) {
            throw new IllegalArgumentException(what + " must be a positive number of px, got " + width);
        }
        return width;
    }
}
