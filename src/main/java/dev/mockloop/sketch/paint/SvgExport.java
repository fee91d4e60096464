package dev.mockloop.sketch.paint;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import java.util.List;

/**
 * Writes elements as a standalone SVG 1.1 document, painted by {@link ElementPainter} so it
 * matches the pad. The document's user units are sketch px.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /**
     * @param elements   what to draw, bottom first
     * @param paddingPx  blank margin around the ink, px (0 or more)
     * @param background background colour {@code #rrggbb}, or null for transparent
     * @return the SVG text; its width and height are the ink bounds plus padding, rounded up to
     *         whole px, and its viewBox starts at the ink's top-left minus the padding. An empty
     *         list gives a 1 x 1 px document.
     * @throws IllegalArgumentException if the padding is negative or not finite
     */
    public static String toSvg(List<? extends Element> elements, double paddingPx, String background) {
        if (!Double.isFinite(paddingPx) || paddingPx < 0) {
            throw new IllegalArgumentException("padding must be 0 px or more, got " + paddingPx);
        }
        Bounds ink = null;
        for (Element e : elements) {
            ink = Bounds.union(ink, e.bounds());
        }
        Bounds view = ink == null ? new Bounds(0, 0, 1, 1) : ink.grow(paddingPx);
        long width = Math.max(1, (long) Math.ceil(view.width()));
        long height = Math.max(1, (long) Math.ceil(view.height()));
        StringBuilder out = new StringBuilder(1024 + elements.size() * 200);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"").append(SvgSurface.num(view.minX()))
                .append(' ').append(SvgSurface.num(view.minY())).append(' ').append(width).append(' ')
                .append(height).append("\" font-family=\"sans-serif\">\n");
        if (background != null) {
            out.append("<rect x=\"").append(SvgSurface.num(view.minX())).append("\" y=\"")
                    .append(SvgSurface.num(view.minY())).append("\" width=\"").append(width).append("\" height=\"")
                    .append(height).append("\" fill=\"").append(background).append("\"/>\n");
        }
        ElementPainter.paintAll(new SvgSurface(out), elements);
        out.append("</svg>\n");
        return out.toString();
    }
}
