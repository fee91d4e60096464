package dev.mockloop.sketch.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.sketch.Arrowheads;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Connector;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Point;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.sketch.Stroke;
import dev.mockloop.sketch.Style;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** SVG export is well-formed XML sized to the ink, with the labels as text. */
class SvgExportTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsSizedToTheInkPlusPaddingOnAWhiteBackground() throws Exception {
        Stroke line = new Stroke(1, "#1f2937", 4, List.of(new Point(100, 100), new Point(300, 200)));

        Document svg = parse(SvgExport.toSvg(List.of(line), 10, "#ffffff"));

        var root = svg.getDocumentElement();
        assertEquals("svg", root.getNodeName());
        assertEquals("224", root.getAttribute("width"));
        assertEquals("124", root.getAttribute("height"));
        assertEquals("88 88 224 124", root.getAttribute("viewBox"));
        assertEquals("#ffffff", ((org.w3c.dom.Element) svg.getElementsByTagName("rect").item(0)).getAttribute("fill"));
        org.w3c.dom.Element path = (org.w3c.dom.Element) svg.getElementsByTagName("path").item(0);
        assertEquals("M100 100L300 200", path.getAttribute("d"));
        assertEquals("#1f2937", path.getAttribute("stroke"));
    }

    @Test
    void transparentSvgHasNoBackgroundAndLabelsAreEscapedText() throws Exception {
        List<Element> elements = new ArrayList<>();
        elements.add(Stencil.DATABASE.template(100, 100, "#1f2937").withId(1).withLabel("Orders <primary>\n& replicas"));
        elements.add(new Connector(2, new Point(0, 0), new Point(50, 0), Style.DEFAULT, Arrowheads.END, "reads", 0, 0));
        elements.add(Shape.text(Bounds.ofSize(0, 300, 100, 20), "p99 \"fast\"", "#dc2626", 18).withId(3));

        Document svg = parse(SvgExport.toSvg(elements, 0, null));

        assertEquals(0, svg.getElementsByTagName("rect").getLength());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        assertEquals(List.of("Orders <primary>", "& replicas", "reads", "p99 \"fast\""), lines);
        assertTrue(svg.getElementsByTagName("path").getLength() >= 5, "outline, lid, glyph, line, head");
    }

    @Test
    void everyShapeKindPaintsSomething() {
        for (ShapeKind kind : ShapeKind.values()) {
            Shape shape = kind == ShapeKind.TEXT ? Shape.text(Bounds.ofSize(0, 0, 50, 20), "x", "#000000", 18)
                    : Shape.of(kind, Bounds.ofSize(0, 0, 100, 60), Style.DEFAULT);
            String svg = SvgExport.toSvg(List.of(shape.withId(1)), 0, null);
            assertTrue(svg.contains("<path") || svg.contains("<text"), kind + ": " + svg);
        }
    }

    @Test
    void rejectsNegativePadding() {
        assertThrows(IllegalArgumentException.class, () -> SvgExport.toSvg(List.of(), -1, null));
    }
}
