package dev.mockloop.sketch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The sketch JSON as Jackson reads and writes it, kept apart from the live model. Fields are
 * boxed so a missing one reads as null and is reported, not silently defaulted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"version", "strokes"})
record SketchJson(Integer version, List<StrokeJson> strokes) {

    /** One stroke; {@code points} is flat: x0, y0, x1, y1, ... in px. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"id", "color", "width", "points"})
    record StrokeJson(Long id, String color, Double width, double[] points) {
    }
}
