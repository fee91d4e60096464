package dev.mockloop.sketch.paint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A {@link Surface} that writes SVG elements: each painted path becomes a {@code <path>},
 * each text line a {@code <text>}. Numbers are written with at most two decimals.
 */
final class SvgSurface implements Surface {

    private final StringBuilder out;
    private final StringBuilder d = new StringBuilder();

    /** @param out where the elements are appended */
    SvgSurface(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void beginPath() {
        d.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        d.append('M').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void lineTo(double x, double y) {
        d.append('L').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        d.append('Q').append(num(cx)).append(' ').append(num(cy)).append(' ')
                .append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        d.append('C').append(num(c1x)).append(' ').append(num(c1y)).append(' ').append(num(c2x)).append(' ')
                .append(num(c2y)).append(' ').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void closePath() {
        d.append('Z');
    }

    @Override
    public void drawPath(String fill, String stroke, double width) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                    .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        }
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean centred, String color) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(fontSize)).append("\" fill=\"").append(color).append('"')
                .append(" dominant-baseline=\"central\"");
        if (centred) {
            out.append(" text-anchor=\"middle\"");
        }
        out.append(" xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    /** @return the value with at most two decimals, no exponent, no trailing zeros */
    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** @return the text with XML's special characters escaped, control characters dropped */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
