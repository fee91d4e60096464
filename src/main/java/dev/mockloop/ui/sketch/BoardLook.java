package dev.mockloop.ui.sketch;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * How the board shows a sketch on screen: the board's colour, the grid's, and the colour
 * each stored ink or fill is painted in. On a light board stored colours are shown as they
 * are. On a dark board each colour keeps its hue and saturation and has its HSL lightness
 * turned over, mapped into {@value #DARK_MIN_L}..{@value #DARK_MAX_L} (the approach of
 * Excalidraw's dark mode, which inverts the canvas and rotates the hue back), so the
 * default near-black ink turns light and pale fills turn deep (with {@value #DEEP_SATURATION}
 * of their saturation, so they do not glare). Only the screen changes:
 * the sketch keeps its colours, and PNG and SVG exports paint them on white.
 */
final class BoardLook {

    /** Lightness a turned-over colour gets at least (stored white becomes this), HSL 0..1. */
    static final double DARK_MIN_L = 0.10;
    /** Lightness a turned-over colour gets at most (stored black becomes this), HSL 0..1. */
    static final double DARK_MAX_L = 0.90;
    /** Pale colours (fills) keep this share of their saturation when turned deep, so they do not glare. */
    static final double DEEP_SATURATION = 0.6;
    /** Colours lighter than this HSL lightness count as pale. */
    private static final double PALE_L = 0.75;
    /** A board darker than this relative luminance (WCAG 2.x) is dark. */
    private static final double DARK_BELOW = 0.2;

    /** The light board: white, as exports are. */
    static final BoardLook LIGHT = new BoardLook(Color.WHITE, false);

    private final Color board;
    private final boolean dark;
    private final Color minorGrid;
    private final Color majorGrid;
    private final Map<String, Color> colors = new HashMap<>();

    private BoardLook(Color board, boolean dark) {
        this.board = board;
        this.dark = dark;
        this.minorGrid = dark ? board.interpolate(Color.WHITE, 0.06) : Color.web("#eef1f5");
        this.majorGrid = dark ? board.interpolate(Color.WHITE, 0.13) : Color.web("#dde2e9");
    }

    /**
     * @param board the board's colour as the stylesheet gives it ({@code -color-board})
     * @return the look for it: dark when its relative luminance is under 0.2
     */
    static BoardLook forBoard(Color board) {
        if (board == null || board.equals(Color.WHITE)) {
            return LIGHT;
        }
        return new BoardLook(board, relativeLuminance(board) < DARK_BELOW);
    }

    Color board() {
        return board;
    }

    boolean dark() {
        return dark;
    }

    Color minorGrid() {
        return minorGrid;
    }

    Color majorGrid() {
        return majorGrid;
    }

    /** @return the colour {@code #rrggbb} is painted in on this board */
    Color color(String hex) {
        if (!dark) {
            return CanvasSurface.color(hex);
        }
        return colors.computeIfAbsent(hex, h -> turnOver(Color.web(h)));
    }

    /** @return the colour {@code #rrggbb} is painted in on this board, as 0xRRGGBB (for the pixel tiles) */
    int rgb(String hex) {
        Color c = color(hex);
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * @param c a stored colour
     * @return it with its HSL lightness turned over into the dark range, hue, saturation and opacity kept
     */
    static Color turnOver(Color c) {
        double v = c.getBrightness();
        double l = v * (1 - c.getSaturation() / 2);
        double sl = l <= 0 || l >= 1 ? 0 : (v - l) / Math.min(l, 1 - l);
        if (l > PALE_L) {
            sl *= DEEP_SATURATION;
        }
        double turned = DARK_MIN_L + (DARK_MAX_L - DARK_MIN_L) * (1 - l);
        double nv = turned + sl * Math.min(turned, 1 - turned);
        double ns = nv <= 0 ? 0 : 2 * (1 - turned / nv);
        return Color.hsb(c.getHue(), Math.max(0, Math.min(1, ns)), Math.max(0, Math.min(1, nv)), c.getOpacity());
    }

    /**
     * Relative luminance, WCAG 2.x (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance):
     * 0.2126 R + 0.7152 G + 0.0722 B over linearised sRGB channels.
     */
    static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
