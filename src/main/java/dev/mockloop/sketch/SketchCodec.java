package dev.mockloop.sketch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mockloop.sketch.SketchJson.ElementJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes sketches as JSON, format version {@value Sketch#FORMAT_VERSION}:
 *
 * <pre>{@code
 * {"version":2,
 *  "elements":[
 *   {"id":1,"type":"stroke","color":"#1f2937","width":2.5,"points":[x0,y0,x1,y1]},
 *   {"id":2,"type":"shape","kind":"cylinder","stencil":"database","color":"#1f2937","width":2,
 *    "fill":"#fef3c7","x":10,"y":20,"w":110,"h":84,"label":"Orders","fontSize":14},
 *   {"id":3,"type":"connector","color":"#1f2937","width":2,"start":[x,y],"end":[x,y],
 *    "heads":"end","startShape":2,"endShape":5,"label":"reads"}],
 *  "timeline":{"base":[],"entries":[
 *   {"t":65000,"phase":"requirements","op":"insert","at":[0],"elements":[{"ref":1}]},
 *   {"t":70000,"phase":"requirements","op":"remove","at":[0]},
 *   {"t":71000,"op":"replace","elements":[{"ref":2}]}]}}
 * }</pre>
 *
 * <p>Elements are listed bottom first; coordinates, sizes and widths are px; point lists
 * are flat x, y arrays to keep files small; {@code kind}, {@code stencil} and {@code heads}
 * are the lower-case names of {@link ShapeKind}, {@link Stencil} and {@link Arrowheads};
 * {@code fill}, {@code label}, {@code stencil} and attachments are left out when absent.
 * The {@link Timeline} (left out when nothing was logged) must replay to the elements; an
 * element still in the sketch unchanged is written there as {@code {"ref":id}}. Version 1
 * files ({@code {"version":1,"strokes":[{"id","color","width","points"}]}}) are read as
 * strokes with an empty timeline. Unknown fields are ignored. Undo history is not saved: a
 * decoded sketch starts with none, and gives new elements ids above every id it has seen.
 * Thread-safe.
 */
public final class SketchCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SketchCodec() {
    }

    /** @return the sketch and its timeline as JSON, format version {@value Sketch#FORMAT_VERSION} */
    public static String toJson(Sketch sketch) {
        List<ElementJson> out = new ArrayList<>(sketch.size());
        Map<Long, Element> current = new HashMap<>();
        for (Element e : sketch.elements()) {
            out.add(ElementCodec.toJson(e));
            current.put(e.id(), e);
        }
        SketchJson json = new SketchJson(Sketch.FORMAT_VERSION, null, out,
                TimelineCodec.toJson(sketch.timeline(), current));
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // Only numbers, strings and lists of our own records: cannot fail.
            throw new IllegalStateException("could not write sketch JSON", e);
        }
    }

    /**
     * Reads a sketch written by {@link #toJson} (this or an older format version).
     *
     * @param json the JSON text
     * @return a new sketch with the saved elements and timeline and no undo history
     * @throws SketchFormatException if the text is not JSON, lacks a field, has a version
     *                               newer than {@value Sketch#FORMAT_VERSION} (or below 1), an
     *                               element is invalid (odd number of coordinates, no points,
     *                               colour not {@code #rrggbb}, width not above 0, unknown
     *                               kind, repeated id), or the timeline does not replay to the elements
     * @throws NullPointerException  if {@code json} is null
     */
    public static Sketch fromJson(String json) throws SketchFormatException {
        Objects.requireNonNull(json, "json");
        SketchJson dto;
        try {
            dto = MAPPER.readValue(json, SketchJson.class);
        } catch (JacksonException e) {
            throw new SketchFormatException("Sketch data is not valid sketch JSON" + where(e) + ": "
                    + e.getOriginalMessage(), e);
        }
        if (dto == null) {
            throw new SketchFormatException("Sketch data is empty (JSON null)");
        }
        checkVersion(dto.version());
        boolean v1 = dto.version() == 1;
        List<ElementJson> in = v1 ? dto.strokes() : dto.elements();
        in = in == null ? List.of() : in;
        List<Element> elements = new ArrayList<>(in.size());
        Map<Long, Element> byId = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            Element e = ElementCodec.fromJson((v1 ? "Stroke " : "Element ") + (i + 1), in.get(i), v1);
            if (v1 && !(e instanceof Stroke)) {
                throw new SketchFormatException("Stroke " + (i + 1) + " is not a stroke");
            }
            if (byId.put(e.id(), e) != null) {
                throw new SketchFormatException("Sketch data is invalid: duplicate element id " + e.id());
            }
            elements.add(e);
        }
        try {
            if (v1 || dto.timeline() == null) {
                return Sketch.of(elements);
            }
            Timeline timeline = TimelineCodec.fromJson(dto.timeline(), byId);
            checkReplay(timeline, elements);
            return Sketch.restore(elements, timeline);
        } catch (IllegalArgumentException e) {
            throw new SketchFormatException("Sketch data is invalid: " + e.getMessage(), e);
        }
    }

    private static void checkReplay(Timeline timeline, List<Element> elements) throws SketchFormatException {
        List<Element> replayed;
        try {
            replayed = timeline.replay(Long.MAX_VALUE);
        } catch (IllegalStateException e) {
            throw new SketchFormatException("Sketch timeline is broken: " + e.getMessage(), e);
        }
        if (!replayed.equals(elements)) {
            throw new SketchFormatException("Sketch timeline does not end in the saved elements ("
                    + replayed.size() + " replayed, " + elements.size() + " saved)");
        }
    }

    /** Where the parser stopped, as a JSON path ({@code elements[0].points[3]}) or line and column. */
    private static String where(JacksonException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return " at " + path;
        }
        JsonLocation loc = e.getLocation();
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static void checkVersion(Integer version) throws SketchFormatException {
        if (version == null) {
            throw new SketchFormatException("Sketch data has no \"version\" field");
        }
        if (version > Sketch.FORMAT_VERSION) {
            throw new SketchFormatException("Sketch format version " + version
                    + " is newer than this app reads (up to " + Sketch.FORMAT_VERSION
                    + "); update Mockloop to open it");
        }
        if (version < 1) {
            throw new SketchFormatException("Sketch format version " + version + " does not exist");
        }
    }
}
