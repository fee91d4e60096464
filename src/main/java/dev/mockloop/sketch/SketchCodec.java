package dev.mockloop.sketch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes sketches as JSON, format version {@value Sketch#FORMAT_VERSION}:
 *
 * <pre>{@code
 * {"version":1,"strokes":[{"id":1,"color":"#1f2937","width":2.5,"points":[x0,y0,x1,y1]}]}
 * }</pre>
 *
 * <p>Strokes are listed bottom first; {@code width} and {@code points} are px, and
 * {@code points} is a flat array of x, y pairs to keep files small. Unknown fields are
 * ignored. Undo history is not saved: a decoded sketch starts with none, and gives new
 * strokes ids above the highest id read. Thread-safe.
 */
public final class SketchCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SketchCodec() {
    }

    /** @return the sketch's strokes as JSON, format version {@value Sketch#FORMAT_VERSION} */
    public static String toJson(Sketch sketch) {
        List<SketchJson.StrokeJson> out = new ArrayList<>();
        for (Stroke stroke : sketch.strokes()) {
            double[] flat = new double[stroke.points().size() * 2];
            int i = 0;
            for (Point p : stroke.points()) {
                flat[i++] = p.x();
                flat[i++] = p.y();
            }
            out.add(new SketchJson.StrokeJson(stroke.id(), stroke.color(), stroke.width(), flat));
        }
        try {
            return MAPPER.writeValueAsString(new SketchJson(Sketch.FORMAT_VERSION, out));
        } catch (JsonProcessingException e) {
            // Only numbers, strings and lists of our own records: cannot fail.
            throw new IllegalStateException("could not write sketch JSON", e);
        }
    }

    /**
     * Reads a sketch written by {@link #toJson} (this or an older format version).
     *
     * @param json the JSON text
     * @return a new sketch with the saved strokes and no undo history
     * @throws SketchFormatException if the text is not JSON, lacks a field, has a version
     *                               newer than {@value Sketch#FORMAT_VERSION} (or below 1), or a
     *                               stroke is invalid: odd number of coordinates, no points,
     *                               colour not {@code #rrggbb}, width not above 0, repeated id
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
        List<Stroke> strokes = new ArrayList<>();
        List<SketchJson.StrokeJson> in = dto.strokes() == null ? List.of() : dto.strokes();
        for (int i = 0; i < in.size(); i++) {
            strokes.add(toStroke(i, in.get(i)));
        }
        try {
            return Sketch.of(strokes);
        } catch (IllegalArgumentException e) {
            throw new SketchFormatException("Sketch data is invalid: " + e.getMessage(), e);
        }
    }

    /** Where the parser stopped, as a JSON path ({@code strokes[0].points[3]}) or line and column. */
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

    private static Stroke toStroke(int index, SketchJson.StrokeJson json) throws SketchFormatException {
        String where = "Stroke " + (index + 1);
        if (json == null) {
            throw new SketchFormatException(where + " is null");
        }
        if (json.id() == null) {
            throw new SketchFormatException(where + " has no \"id\"");
        }
        where += " (id " + json.id() + ")";
        if (json.color() == null || json.width() == null || json.points() == null) {
            throw new SketchFormatException(where + " needs \"color\", \"width\" and \"points\"");
        }
        double[] flat = json.points();
        if (flat.length % 2 != 0) {
            throw new SketchFormatException(where + " has an odd number of coordinates (" + flat.length
                    + "); \"points\" must be x, y pairs");
        }
        try {
            List<Point> points = new ArrayList<>(flat.length / 2);
            for (int i = 0; i < flat.length; i += 2) {
                points.add(new Point(flat[i], flat[i + 1]));
            }
            return new Stroke(json.id(), json.color(), json.width(), points);
        } catch (IllegalArgumentException e) {
            throw new SketchFormatException(where + ": " + e.getMessage(), e);
        }
    }
}
