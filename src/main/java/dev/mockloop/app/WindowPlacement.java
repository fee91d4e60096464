package dev.mockloop.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the window was and how big, remembered across starts under the settings keys
 * {@code window.x}, {@code window.y}, {@code window.width}, {@code window.height} (screen
 * px, of the window when not maximised) and {@code window.maximised}. Plain values, no
 * JavaFX, so the rules are unit-tested: a saved position that is on no screen any more (a
 * monitor unplugged) is dropped and the window is centred on the primary screen; a size
 * larger than the screen it lands on is shrunk to fit.
 *
 * @param x         left edge, screen px; {@code NaN} when unknown (centre it)
 * @param y         top edge, screen px; {@code NaN} when unknown
 * @param width     px, at least {@link #MIN_WIDTH}
 * @param height    px, at least {@link #MIN_HEIGHT}
 * @param maximised whether the window was maximised (x, y, width and height are then its
 *                  size before maximising)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {

    /** The settings key prefix of every value here. */
    public static final String PREFIX = "window.";
    /** The smallest window the layout is made for: 1024 x 640 px (issue 14). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /**
     * A window's title bar is taken as its top 24 px; at least 100 px of its width and half
     * its height must be on a screen for the window to be reachable (to grab and move).
     */
    static final double GRAB_WIDTH = 100;
    static final double GRAB_HEIGHT = 24;
    /** A first start's size, before anything is saved: 1360 x 860 px, or less on a smaller screen. */
    public static final WindowPlacement FIRST_START = new WindowPlacement(Double.NaN, Double.NaN, 1360, 860, false);

    /** A screen's usable area (without task bars), in screen px. */
    public record Area(double x, double y, double width, double height) {
        /** @return whether at least 100 x 12 px of a title bar at (wx, wy), {@code ww} wide, is on this area */
        boolean holdsTitleBar(double wx, double wy, double ww) {
            double across = Math.min(wx + ww, x + width) - Math.max(wx, x);
            double down = Math.min(wy + GRAB_HEIGHT, y + height) - Math.max(wy, y);
            return across >= GRAB_WIDTH && down >= GRAB_HEIGHT / 2;
        }
    }

    /**
     * @param values saved settings (any keys)
     * @return the saved placement, or empty if no size was saved or it cannot be read
     */
    public static Optional<WindowPlacement> from(Map<String, String> values) {
        double width = number(values.get(PREFIX + "width"));
        double height = number(values.get(PREFIX + "height"));
        if (!(width > 0) || !(height > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(number(values.get(PREFIX + "x")), number(values.get(PREFIX + "y")),
                width, height, "true".equals(values.get(PREFIX + "maximised"))));
    }

    /** @return the five values under their {@code window.} keys (x and y left out when unknown) */
    public Map<String, String> toValues() {
        Map<String, String> values = new HashMap<>();
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            values.put(PREFIX + "x", format(x));
            values.put(PREFIX + "y", format(y));
        }
        values.put(PREFIX + "width", format(width));
        values.put(PREFIX + "height", format(height));
        values.put(PREFIX + "maximised", Boolean.toString(maximised));
        return values;
    }

    /**
     * Puts the window where it can be seen and grabbed.
     *
     * @param screens every screen's usable area; the first is the primary screen
     * @return this placement if its title bar is on a screen, else the same size centred on
     *         the primary screen; either way no larger than the screen it is on, and no
     *         smaller than {@link #MIN_WIDTH} x {@link #MIN_HEIGHT} unless that screen is
     * @throws IllegalArgumentException if there is no screen
     */
    public WindowPlacement fittedTo(List<Area> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the window on");
        }
        boolean known = !Double.isNaN(x) && !Double.isNaN(y);
        Area on = known ? screens.stream()
                .filter(s -> s.holdsTitleBar(x, y, width))
                .findFirst().orElse(null) : null;
        if (on == null) {
            Area primary = screens.get(0);
            double w = size(width, MIN_WIDTH, primary.width());
            double h = size(height, MIN_HEIGHT, primary.height());
            return new WindowPlacement(primary.x() + (primary.width() - w) / 2,
                    primary.y() + (primary.height() - h) / 2, w, h, maximised);
        }
        double w = size(width, MIN_WIDTH, on.width());
        double h = size(height, MIN_HEIGHT, on.height());
        // Keep the title bar on the screen: not above its top, not past its right or bottom.
        double nx = Math.max(on.x() - w + GRAB_WIDTH, Math.min(x, on.x() + on.width() - GRAB_WIDTH));
        double ny = Math.max(on.y(), Math.min(y, on.y() + on.height() - GRAB_HEIGHT));
        return new WindowPlacement(nx, ny, w, h, maximised);
    }

    private static double size(double wanted, double min, double screen) {
        return Math.min(Math.max(wanted, Math.min(min, screen)), screen);
    }

    private static double number(String value) {
        if (value == null) {
            return Double.NaN;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? parsed : Double.NaN;
        } catch (NumberFormatException unreadable) {
            return Double.NaN;
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
